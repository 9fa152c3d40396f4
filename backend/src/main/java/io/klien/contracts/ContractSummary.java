package io.klien.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the contracts list: enough to find a contract and open it. */
public record ContractSummary(UUID id, UUID clientId, String clientName, String title, ContractStatus status,
        int revision, LocalDate expiresOn, Instant createdAt) {
}
