package io.klien.contracts;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What ending a contract on {@code effective} would mean under its terms: the fee they make due, the notice they ask
 * for, the earliest date that notice allows counted from {@code quotedOn} (the firm's today), and by how many days the
 * asked date falls short of it (zero when the notice is met).
 */
public record TerminationQuote(UUID contractId, LocalDate quotedOn, LocalDate effective, int noticeDays,
        LocalDate earliestWithFullNotice, int shortfallDays, @Nullable Money fee) {

    /** The asked date leaves the notice the terms require. */
    public boolean noticeMet() {
        return shortfallDays == 0;
    }
}
