package io.klien.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract as staff (and, once sent, its client's users) see it. Versions of one contract share {@code lineageId};
 * an edit after sending voids this one and names the new draft in {@code replacedBy}.
 */
public record ContractView(UUID id, UUID lineageId, int revision, UUID clientId, @Nullable UUID templateVersionId,
        String title, String body, ContractTerms terms, ContractStatus status, SigningOrder signingOrder,
        LocalDate expiresOn, @Nullable String approvedBy, @Nullable String rejectionReason,
        @Nullable String voidReason, @Nullable UUID replacedBy, @Nullable Instant sentAt, @Nullable Instant signedAt,
        @Nullable String terminationReason, @Nullable LocalDate terminationEffective,
        List<SignatoryView> signatories, long version) {
}
