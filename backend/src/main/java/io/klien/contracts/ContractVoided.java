package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contract was voided before everyone signed (withdrawn, declined or edited after sending). */
public record ContractVoided(UUID tenantId, UUID contractId, UUID clientId, String reason, @Nullable UUID replacedBy) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.voided";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", reason=" + reason + (replacedBy == null ? "" : ", replacedBy=" + replacedBy);
    }
}
