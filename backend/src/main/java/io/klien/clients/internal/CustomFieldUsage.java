package io.klien.clients.internal;

import java.util.UUID;

/** How many clients have a value in a custom field. */
record CustomFieldUsage(UUID fieldId, long clients) {
}
