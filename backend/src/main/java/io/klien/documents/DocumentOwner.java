package io.klien.documents;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The record a document belongs to, named by another module: a kind such as {@code ONBOARDING_STEP} and its id, and
 * the client it concerns (client users reach only documents of their own client; null for firm-internal records).
 */
public record DocumentOwner(String kind, UUID id, @Nullable UUID clientId) {

    public static final int KIND_MAX = 50;

    public DocumentOwner {
        if (kind == null || !kind.matches("[A-Z][A-Z0-9_]*") || kind.length() > KIND_MAX) {
            throw new IllegalArgumentException("An owner kind is upper case letters, digits and _ (at most "
                    + KIND_MAX + "): " + kind);
        }
        if (id == null) {
            throw new IllegalArgumentException("An owner needs an id");
        }
    }
}
