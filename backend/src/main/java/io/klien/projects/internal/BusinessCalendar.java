package io.klien.projects.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A firm's working time: its weekdays, one daily window of opening hours and its holidays, in the firm's zone. Counts
 * and adds business minutes, so service-level targets move over nights, weekends and holidays.
 */
record BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekdays, LocalTime opens, LocalTime closes,
        Set<LocalDate> holidays) {

    /** How far ahead a target may fall before the calendar is taken as broken (no working time at all). */
    private static final int MAX_DAYS = 3660;

    static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    BusinessCalendar {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        holidays = Set.copyOf(holidays);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening hours end after they start");
        }
    }

    /** Monday to Friday, 09:00 to 17:00, no holidays: what a firm has until it sets its own. */
    static BusinessCalendar standard(ZoneId zone) {
        return new BusinessCalendar(zone, MONDAY_TO_FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
    }

    boolean isWorkingDay(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant {@code minutes} business minutes after {@code start} (a start outside hours counts from the next opening). */
    Instant plusBusinessMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Minutes to add are not negative");
        }
        ZonedDateTime at = start.atZone(zone);
        long left = minutes;
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime from = at.isBefore(open) ? open : at;
                if (from.isBefore(close)) {
                    long available = Duration.between(from, close).toMinutes();
                    if (left <= available) {
                        return from.plusMinutes(left).toInstant();
                    }
                    left -= available;
                }
            }
            at = day.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No business time in " + MAX_DAYS + " days: check the business hours");
    }

    /** The business minutes from {@code from} to {@code to} (zero when {@code to} is not later). */
    long businessMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        long minutes = 0;
        while (!at.toLocalDate().isAfter(end.toLocalDate())) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime a = at.isBefore(open) ? open : at;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    minutes += Duration.between(a, b).toMinutes();
                }
            }
            at = day.plusDays(1).atStartOfDay(zone);
        }
        return minutes;
    }
}
