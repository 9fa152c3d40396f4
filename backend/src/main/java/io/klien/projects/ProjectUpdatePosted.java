package io.klien.projects;

import java.util.UUID;

/** The team posted a status update on a project; its followers among the client's users get it by mail. */
public record ProjectUpdatePosted(UUID tenantId, UUID projectId, UUID clientId, UUID updateId, String postedBy)
        implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.update-posted";
    }

    @Override
    public String auditDetails() {
        return "update=" + updateId + ", by=" + postedBy;
    }
}
