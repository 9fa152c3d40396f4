package io.klien.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Who the acting firm's people are by name, for read models that show them: asked once per page of rows, never per
 * row. Implemented by the module that keeps the firm's memberships.
 */
public interface PeopleDirectory {

    /** The names the acting firm knows the given people by, by subject (one query); unknown subjects are left out. */
    Map<String, String> names(Collection<String> subjects);

    /** References to the given people (nulls ignored), their names looked up at once; no query when there is none. */
    default PersonRefs refs(Collection<@Nullable String> subjects) {
        Set<String> wanted = subjects.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new PersonRefs(wanted.isEmpty() ? Map.of() : names(wanted));
    }
}
