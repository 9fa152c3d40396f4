package io.klien.clients.internal;

import org.jspecify.annotations.Nullable;

/** One field of a record that an edit changed: its value before and after. */
record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
}
