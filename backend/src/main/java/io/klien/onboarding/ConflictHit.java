package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record whose name matches a name searched by a conflict check: the same words ({@code SAME_NAME}, ignoring case,
 * accents, punctuation, legal forms and word order) or all the words of one within the other ({@code PARTIAL}).
 */
public record ConflictHit(Source source, UUID recordId, @Nullable UUID clientId, String name, String searchedName,
        Match match) {

    public enum Source {
        CLIENT, CONTACT, LEAD, ADVERSE_PARTY
    }

    public enum Match {
        SAME_NAME, PARTIAL
    }
}
