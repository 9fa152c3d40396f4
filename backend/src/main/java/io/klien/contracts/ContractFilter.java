package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the staff contracts list narrows to: a status, one client, words in the title; null means any. */
public record ContractFilter(@Nullable ContractStatus status, @Nullable UUID clientId, @Nullable String text) {

    public static ContractFilter all() {
        return new ContractFilter(null, null, null);
    }
}
