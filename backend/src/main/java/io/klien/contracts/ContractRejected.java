package io.klien.contracts;

import java.util.UUID;

/** A tenant admin sent a draft back with a reason. */
public record ContractRejected(UUID tenantId, UUID contractId, UUID clientId, String rejectedBy, String reason) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.rejected";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", by=" + rejectedBy + ", reason=" + reason;
    }
}
