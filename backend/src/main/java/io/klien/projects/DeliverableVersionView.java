package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

import io.klien.contracts.ContractTerms;
import org.jspecify.annotations.Nullable;

/**
 * One version of a deliverable: its file (a document of the documents module) or link, the SHA-256 the decision
 * refers to, and the decision with who, when, and the contract terms in force then.
 */
public record DeliverableVersionView(UUID id, UUID deliverableId, int number, @Nullable UUID documentId,
        @Nullable String linkUrl, String sha256, @Nullable String note, VersionState state, Instant submittedAt,
        @Nullable String submittedBy, @Nullable Instant decidedAt, @Nullable String decidedBy,
        @Nullable String decisionComment, @Nullable UUID contractId, @Nullable ContractTerms terms, int revisionRound,
        long version) {
}
