package io.klien.contracts;

import java.util.UUID;

/** A contract went out to its signatories; its text is fixed from now on. */
public record ContractSent(UUID tenantId, UUID contractId, UUID clientId, int signatories) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.sent";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", signatories=" + signatories;
    }
}
