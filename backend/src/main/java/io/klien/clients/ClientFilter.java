package io.klien.clients;

import org.jspecify.annotations.Nullable;

/** Filters for the clients grid; nulls and false mean "any". */
public record ClientFilter(@Nullable ClientStatus status, @Nullable String representativeSubject,
        boolean withoutRepresentative, @Nullable String text) {

    public static ClientFilter all() {
        return new ClientFilter(null, null, false, null);
    }
}
