package io.klien.clients;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The editable part of a client record. */
public record ClientChanges(String name, ClientKind kind, @Nullable LocalDate relationshipStart, boolean exclusive,
        List<String> serviceLines, List<String> tags, @Nullable String preferences) {
}
