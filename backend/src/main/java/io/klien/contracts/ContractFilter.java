package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the staff contracts list narrows to; null means any. {@code text}: words that begin words of the title or of
 * the client's name (each typed word must match one). {@code endingWithinDays}: contracts in force whose running
 * period ends between today and that many days from today in the firm's calendar.
 */
public record ContractFilter(@Nullable ContractStatus status, @Nullable UUID clientId, @Nullable String text,
        @Nullable Integer endingWithinDays) {

    /** The longest window the list accepts (about three years). */
    public static final int MAX_WINDOW_DAYS = 1100;

    public ContractFilter(@Nullable ContractStatus status, @Nullable UUID clientId, @Nullable String text) {
        this(status, clientId, text, null);
    }

    public static ContractFilter all() {
        return new ContractFilter(null, null, null, null);
    }
}
