package io.klien.projects;

import java.util.UUID;

/** The client asked for changes to a version of a deliverable: a revision round. */
public record DeliverableChangesRequested(UUID tenantId, UUID projectId, UUID clientId, UUID deliverableId,
        UUID versionId, int number, int revisionRound, String requestedBy) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.deliverable-changes-requested";
    }

    @Override
    public String auditDetails() {
        return "deliverable=" + deliverableId + ", version " + number + ", round " + revisionRound + ", by="
                + requestedBy;
    }
}
