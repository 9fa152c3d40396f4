package io.klien.projects.internal;

import java.time.LocalDate;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A day the firm does not work; service-level clocks skip it. */
@Entity
@Table(name = "business_holiday")
class BusinessHoliday extends TenantOwnedEntity {

    @Column(updatable = false)
    private LocalDate day;

    protected BusinessHoliday() {
        this.day = LocalDate.EPOCH;
    }

    static BusinessHoliday of(LocalDate day) {
        BusinessHoliday h = new BusinessHoliday();
        h.day = day;
        return h;
    }

    LocalDate day() {
        return day;
    }
}
