package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One signatory signed; the contract is signed when the last one has. */
public record SignatureRecorded(UUID tenantId, UUID contractId, UUID clientId, UUID signatoryId, String signatoryName, @Nullable String signedBy) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.signature-recorded";
    }

    @Override
    public String auditDetails() {
        return "signatory=" + signatoryName + " (" + signatoryId + ")" + (signedBy == null ? "" : ", by=" + signedBy);
    }
}
