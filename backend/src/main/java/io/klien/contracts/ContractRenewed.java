package io.klien.contracts;

import java.time.LocalDate;
import java.util.UUID;

/** A contract was renewed by a new contract drafted from its current terms. */
public record ContractRenewed(UUID tenantId, UUID contractId, UUID clientId, UUID renewalId, LocalDate newEnd) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.renewed";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", renewal=" + renewalId + ", until=" + newEnd;
    }
}
