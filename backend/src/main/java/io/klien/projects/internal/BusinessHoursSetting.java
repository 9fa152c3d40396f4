package io.klien.projects.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The firm's weekdays and daily opening hours for service levels (one row per firm). */
@Entity
@Table(name = "business_hours")
class BusinessHoursSetting extends TenantOwnedEntity {

    private String weekdays;
    @Column(name = "opens_minute")
    private int opensMinute;
    @Column(name = "closes_minute")
    private int closesMinute;

    protected BusinessHoursSetting() {
        this.weekdays = "";
        this.opensMinute = 9 * 60;
        this.closesMinute = 17 * 60;
    }

    static BusinessHoursSetting of(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        BusinessHoursSetting s = new BusinessHoursSetting();
        s.set(days, opens, closes);
        return s;
    }

    void set(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        this.weekdays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.opensMinute = opens.toSecondOfDay() / 60;
        this.closesMinute = closes.toSecondOfDay() / 60;
    }

    Set<DayOfWeek> weekdays() {
        return weekdays.isBlank() ? Set.of()
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
    }

    LocalTime opens() {
        return LocalTime.ofSecondOfDay(opensMinute * 60L);
    }

    LocalTime closes() {
        return closesMinute == 1440 ? LocalTime.MAX : LocalTime.ofSecondOfDay(closesMinute * 60L);
    }
}
