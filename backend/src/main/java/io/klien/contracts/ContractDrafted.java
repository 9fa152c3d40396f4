package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Staff drafted a contract (or a new version of one whose sent version an edit voided). */
public record ContractDrafted(UUID tenantId, UUID contractId, UUID clientId, int revision, @Nullable UUID previousVersion) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.drafted";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", revision=" + revision + (previousVersion == null ? "" : ", replaces=" + previousVersion);
    }
}
