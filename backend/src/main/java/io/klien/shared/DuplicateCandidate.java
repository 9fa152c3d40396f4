package io.klien.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An existing record that looks like the one being created: a client, a contact (with its client) or a lead, matched
 * by email or normalised name.
 */
public record DuplicateCandidate(Kind kind, UUID id, @Nullable UUID clientId, String name, @Nullable String email,
        Match match) {

    public enum Kind {
        CLIENT, CONTACT, LEAD
    }

    public enum Match {
        EMAIL, NAME
    }
}
