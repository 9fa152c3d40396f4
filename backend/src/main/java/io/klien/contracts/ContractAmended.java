package io.klien.contracts;

import java.util.UUID;

/** An addendum changing named terms was signed; the changed terms are the contract's current terms. */
public record ContractAmended(UUID tenantId, UUID contractId, UUID clientId, UUID amendmentId, String changedTerms) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.amended";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", amendment=" + amendmentId + ", changed=" + changedTerms;
    }
}
