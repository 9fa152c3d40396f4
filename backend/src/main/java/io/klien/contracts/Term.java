package io.klien.contracts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How long the contract runs: from {@code start} to {@code end}; an auto-renewing contract runs on for another
 * {@code renewalMonths} at each end unless a side gives {@code noticeDays} notice before it.
 */
public record Term(LocalDate start, @Nullable LocalDate end, boolean autoRenew, int renewalMonths, int noticeDays) {

    public static Term fixed(LocalDate start, LocalDate end) {
        return new Term(start, end, false, 0, 0);
    }

    public static Term autoRenewing(LocalDate start, LocalDate firstEnd, int renewalMonths, int noticeDays) {
        return new Term(start, firstEnd, true, renewalMonths, noticeDays);
    }
}
