package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signatory took a step of the signing ceremony (opened, consented, confirmed a code, downloaded...). */
public record SigningStepRecorded(UUID tenantId, UUID contractId, @Nullable UUID signatoryId, SigningStep step,
        @Nullable String detail) implements ContractEvent {

    @Override
    public String auditAction() {
        return step.auditAction();
    }

    @Override
    public String auditDetails() {
        return (signatoryId == null ? "" : "signatory=" + signatoryId) + (detail == null ? "" : ", " + detail);
    }
}
