package io.klien.projects;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A milestone to add at the end of a project's plan. */
public record NewMilestone(String title, @Nullable String description, boolean deliverable, @Nullable LocalDate dueOn) {
}
