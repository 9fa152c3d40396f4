package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signatory of a contract, in signing position order. */
public record SignatoryView(UUID id, int position, SignatorySide side, @Nullable UUID contactId,
        @Nullable String memberSubject, String name, @Nullable String email, SignatoryStatus status,
        @Nullable Instant signedAt, @Nullable String declineReason) {
}
