package io.klien.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a client record. {@code customValues} maps custom field keys to values in their stored form
 * (see {@link CustomValueView}; blank clears a value); null leaves the custom values as they are.
 */
public record ClientChanges(String name, ClientKind kind, @Nullable LocalDate relationshipStart, boolean exclusive,
        List<String> serviceLines, List<String> tags, @Nullable String preferences,
        @Nullable Map<String, @Nullable String> customValues) {

    /** Changes that leave the custom values as they are. */
    public ClientChanges(String name, ClientKind kind, @Nullable LocalDate relationshipStart, boolean exclusive,
            List<String> serviceLines, List<String> tags, @Nullable String preferences) {
        this(name, kind, relationshipStart, exclusive, serviceLines, tags, preferences, null);
    }
}
