package io.klien.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the contracts list: enough to find a contract and open it. {@code endsOn}: the end of its running period
 * (null: open-ended); {@code signed} of {@code signatories} have signed, {@code waitingFor} is the first who has not
 * (null when nobody is pending).
 */
public record ContractSummary(UUID id, UUID clientId, String clientName, String title, ContractStatus status,
        int revision, LocalDate expiresOn, Instant createdAt, @Nullable LocalDate endsOn, int signatories, int signed,
        @Nullable String waitingFor) {
}
