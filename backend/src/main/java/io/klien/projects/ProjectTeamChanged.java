package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A colleague joined or left a project's team, or became its lead. */
public record ProjectTeamChanged(UUID tenantId, UUID projectId, String subject, @Nullable ProjectRole role)
        implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.team-changed";
    }

    @Override
    public String auditDetails() {
        return subject + " -> " + (role == null ? "removed" : role.name());
    }
}
