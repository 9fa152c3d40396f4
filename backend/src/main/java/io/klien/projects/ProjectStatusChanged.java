package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The lead set a project's status, with a reason when it is not on track. */
public record ProjectStatusChanged(UUID tenantId, UUID projectId, UUID clientId, ProjectStatus from, ProjectStatus to,
        @Nullable String reason) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.status-changed";
    }

    @Override
    public String auditDetails() {
        return from + " -> " + to + (reason == null ? "" : ": " + reason);
    }
}
