package io.klien.shared;

import org.jspecify.annotations.Nullable;

/**
 * A person named in a read model: who they are (the identity provider's subject) and the name the firm knows them by,
 * looked up with the page of rows that shows them. The name is absent when the firm no longer knows the person (a
 * former colleague whose membership is gone).
 */
public record PersonRef(String subject, @Nullable String name) {

    /** Whether the firm still knows this person's name. */
    public boolean known() {
        return name != null;
    }

    /** The person's name, or the given text (e.g. "former colleague") when the firm no longer knows them. */
    public String nameOr(String unknown) {
        return name != null ? name : unknown;
    }

    /** The subject of a reference that may be absent. */
    public static @Nullable String subjectOf(@Nullable PersonRef person) {
        return person == null ? null : person.subject();
    }
}
