package io.klien.contracts;

import org.jspecify.annotations.Nullable;

/** One service the firm undertakes; a deliverable is something handed over (a report, a design), not ongoing work. */
public record ScopeItem(String title, @Nullable String description, boolean deliverable) {
}
