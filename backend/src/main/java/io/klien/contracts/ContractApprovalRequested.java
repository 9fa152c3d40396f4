package io.klien.contracts;

import java.util.UUID;

/** A draft above the firm's threshold went to a tenant admin for approval. */
public record ContractApprovalRequested(UUID tenantId, UUID contractId, UUID clientId, String feeValue) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.approval-requested";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", value=" + feeValue;
    }
}
