package io.klien.projects;

import java.util.UUID;

/** A milestone of a project was completed. */
public record MilestoneCompleted(UUID tenantId, UUID projectId, UUID clientId, UUID milestoneId, String title)
        implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.milestone-completed";
    }

    @Override
    public String auditDetails() {
        return "milestone=" + milestoneId + ", " + title;
    }
}
