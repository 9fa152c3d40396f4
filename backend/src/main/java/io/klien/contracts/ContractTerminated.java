package io.klien.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contract in force was ended, with who ended it, why, from when and the fee its terms make due. */
public record ContractTerminated(UUID tenantId, UUID contractId, UUID clientId, String terminatedBy, String reason, LocalDate effective, @Nullable BigDecimal fee, @Nullable String feeCurrency) implements ContractEvent {

    @Override
    public String auditAction() {
        return "contract.terminated";
    }

    @Override
    public String auditDetails() {
        return "client=" + clientId + ", by=" + terminatedBy + ", effective=" + effective + ", reason=" + reason + (fee == null ? "" : ", fee=" + fee.toPlainString() + " " + feeCurrency);
    }
}
