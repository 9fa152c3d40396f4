package io.klien.projects;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A project made by hand for a client; the lead is a colleague's subject (the creator when null). */
public record NewProject(UUID clientId, ProjectKind kind, String title, LocalDate startsOn, @Nullable LocalDate endsOn,
        @Nullable String leadSubject) {
}
