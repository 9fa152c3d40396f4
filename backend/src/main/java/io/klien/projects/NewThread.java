package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A thread to start on a project, or on one of its deliverables when {@code deliverableId} names one. */
public record NewThread(UUID projectId, @Nullable UUID deliverableId, String title, ThreadVisibility visibility) {
}
