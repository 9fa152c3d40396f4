package io.klien.contracts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The dates that matter for renewing a contract on a given day: the end of the running period, the last day a side
 * can give notice not to renew (null for a fixed term: it just ends), and the day staff are reminded.
 */
public record RenewalDates(LocalDate periodEnd, @Nullable LocalDate noticeDeadline, LocalDate remindOn) {

    /**
     * For terms that auto-renew, the running period is the first one whose end is on or after {@code today}; staff
     * are reminded {@code reminderDays} before the notice deadline (before the end for a fixed term).
     */
    public static RenewalDates of(Term term, LocalDate today, int reminderDays) {
        LocalDate end = term.end();
        if (end == null) {
            throw new IllegalArgumentException("A term without an end has no renewal dates");
        }
        if (!term.autoRenew()) {
            return new RenewalDates(end, null, end.minusDays(reminderDays));
        }
        int periods = 0;
        LocalDate periodEnd = end;
        while (periodEnd.isBefore(today)) {
            periods++;
            // counted from the first end, so a 31st stays the 31st where the month has one
            periodEnd = end.plusMonths((long) periods * term.renewalMonths());
        }
        LocalDate deadline = periodEnd.minusDays(term.noticeDays());
        return new RenewalDates(periodEnd, deadline, deadline.minusDays(reminderDays));
    }
}
