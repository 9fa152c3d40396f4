package io.klien.projects;

import java.util.UUID;

/** A project is done: its lead said so, or its last milestone was completed. */
public record ProjectCompleted(UUID tenantId, UUID projectId, UUID clientId) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.completed";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId;
    }
}
