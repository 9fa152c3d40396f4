package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Every signatory signed: the contract binds both sides. */
public record ContractSigned(UUID tenantId, UUID contractId, UUID clientId, @Nullable UUID templateVersionId) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.signed";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId;
    }
}
