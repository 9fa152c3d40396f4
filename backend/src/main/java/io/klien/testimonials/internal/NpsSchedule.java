package io.klien.testimonials.internal;

import java.time.Instant;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.NpsSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The firm's NPS schedule, one row per firm once an admin set it. */
@Entity
@Table(name = "nps_schedule")
class NpsSchedule extends TenantOwnedEntity {

    static final int INTERVAL_MIN = 7;
    static final int INTERVAL_MAX = 3650;
    static final int LINK_MAX = 90;

    @Column(name = "enabled")
    private boolean enabled;
    @Column(name = "interval_days")
    private int intervalDays;
    @Column(name = "link_valid_days")
    private int linkValidDays;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private @Nullable String changedBy;

    protected NpsSchedule() {
        this.changedAt = Instant.EPOCH;
    }

    static NpsSchedule of(NpsSettings settings, @Nullable String by, Instant now) {
        NpsSchedule schedule = new NpsSchedule();
        schedule.change(settings, by, now);
        return schedule;
    }

    void change(NpsSettings settings, @Nullable String by, Instant now) {
        if (settings.intervalDays() < INTERVAL_MIN || settings.intervalDays() > INTERVAL_MAX) {
            throw DomainException.onField("intervalDays", "health.nps.schedule.interval", INTERVAL_MIN, INTERVAL_MAX);
        }
        if (settings.linkValidDays() < 1 || settings.linkValidDays() > LINK_MAX) {
            throw DomainException.onField("linkValidDays", "health.nps.schedule.link-days", LINK_MAX);
        }
        this.enabled = settings.enabled();
        this.intervalDays = settings.intervalDays();
        this.linkValidDays = settings.linkValidDays();
        this.changedAt = now;
        this.changedBy = by;
    }

    NpsSettings toSettings() {
        return new NpsSettings(enabled, intervalDays, linkValidDays);
    }
}
