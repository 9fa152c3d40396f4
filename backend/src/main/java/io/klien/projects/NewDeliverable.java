package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A deliverable of a project, under one of its milestones or not. */
public record NewDeliverable(String title, @Nullable String description, @Nullable UUID milestoneId) {
}
