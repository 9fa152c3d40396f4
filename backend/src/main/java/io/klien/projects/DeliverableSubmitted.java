package io.klien.projects;

import java.util.UUID;

/** Staff submitted a version of a deliverable for the client's review. */
public record DeliverableSubmitted(UUID tenantId, UUID projectId, UUID clientId, UUID deliverableId, UUID versionId,
        int number, String sha256) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.deliverable-submitted";
    }

    @Override
    public String auditDetails() {
        return "deliverable=" + deliverableId + ", version " + number + ", sha256=" + sha256;
    }
}
