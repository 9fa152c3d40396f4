package io.klien.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The names of the people on one page of rows, looked up once, turning their subjects into {@link PersonRef}s. */
public record PersonRefs(Map<String, String> names) {

    public PersonRefs {
        names = Map.copyOf(names);
    }

    /** No names: for rows that show nobody. */
    public static PersonRefs none() {
        return new PersonRefs(Map.of());
    }

    /** The person with the given subject, or null for none. */
    public @Nullable PersonRef of(@Nullable String subject) {
        return subject == null ? null : new PersonRef(subject, names.get(subject));
    }

    /** The people with the given subjects, in their order. */
    public List<PersonRef> of(List<String> subjects) {
        return subjects.stream().map(this::of).filter(Objects::nonNull).toList();
    }
}
