package io.klien.clients;

import org.jspecify.annotations.Nullable;

/** Filters for the clients grid; nulls and false mean "any". Text matches the beginnings of words of the name. */
public record ClientFilter(@Nullable ClientStatus status, @Nullable String representativeSubject,
        boolean withoutRepresentative, @Nullable String text, @Nullable String tag) {

    public ClientFilter(@Nullable ClientStatus status, @Nullable String representativeSubject,
            boolean withoutRepresentative, @Nullable String text) {
        this(status, representativeSubject, withoutRepresentative, text, null);
    }

    public static ClientFilter all() {
        return new ClientFilter(null, null, false, null, null);
    }
}
