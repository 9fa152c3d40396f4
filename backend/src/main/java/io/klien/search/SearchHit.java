package io.klien.search;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing found: a client, a contact (open {@code clientId}) or a lead, with a title and a line of detail
 * (email, organization) to tell similar names apart.
 */
public record SearchHit(Kind kind, UUID id, @Nullable UUID clientId, String title, @Nullable String detail) {

    public enum Kind {
        CLIENT, CONTACT, LEAD
    }
}
