package io.klien.clients;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a tenant admin says about a custom field; {@code options} matter only for a single choice. */
public record CustomFieldDefinition(@Nullable String label, @Nullable CustomFieldType type, boolean required,
        List<String> options) {
}
