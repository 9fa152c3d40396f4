package io.klien.projects;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A firm's working time for service levels, read in the firm's time zone: weekdays, daily hours, holidays. */
public record BusinessHours(Set<DayOfWeek> weekdays, LocalTime opens, LocalTime closes, List<LocalDate> holidays) {

    public BusinessHours {
        weekdays = Set.copyOf(weekdays);
        holidays = List.copyOf(holidays);
    }
}
