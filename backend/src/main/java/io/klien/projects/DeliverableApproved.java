package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The client approved a version of a deliverable: who, which version and its SHA-256, under which contract. */
public record DeliverableApproved(UUID tenantId, UUID projectId, UUID clientId, UUID deliverableId, UUID versionId,
        int number, String sha256, String approvedBy, @Nullable UUID contractId) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.deliverable-approved";
    }

    @Override
    public String auditDetails() {
        return "deliverable=" + deliverableId + ", version " + number + ", sha256=" + sha256 + ", by=" + approvedBy
                + (contractId == null ? "" : ", contract=" + contractId);
    }
}
