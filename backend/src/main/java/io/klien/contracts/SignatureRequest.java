package io.klien.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract sent to the signed-in client user for their signature, as their portal lists it: where the contract
 * stands, where their own signature stands, and whether they may sign now ({@code yourTurn}: pending, out for
 * signature, before the deadline, and nobody ahead of them when the order is sequential). {@code waitingFor} names
 * the signatory who signs before them when it is not yet their turn.
 */
public record SignatureRequest(UUID contractId, String title, ContractStatus status, UUID signatoryId,
        SignatoryStatus signatoryStatus, boolean yourTurn, @Nullable String waitingFor, @Nullable Instant sentAt,
        LocalDate expiresOn, @Nullable Instant signedAt) {
}
