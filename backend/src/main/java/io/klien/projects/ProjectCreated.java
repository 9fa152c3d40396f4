package io.klien.projects;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A project was made for a client, by hand or from a signed contract. */
public record ProjectCreated(UUID tenantId, UUID projectId, UUID clientId, @Nullable UUID contractId,
        String leadSubject) implements ProjectEvent {

    @Override
    public String auditAction() {
        return "project.created";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + (contractId == null ? "" : ", contract=" + contractId) + ", lead=" + leadSubject;
    }
}
