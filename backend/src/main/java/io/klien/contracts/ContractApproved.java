package io.klien.contracts;

import java.util.UUID;

/** A tenant admin approved a draft for sending. */
public record ContractApproved(UUID tenantId, UUID contractId, UUID clientId, String approvedBy) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.approved";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", by=" + approvedBy;
    }
}
