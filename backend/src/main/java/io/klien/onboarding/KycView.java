package io.klien.onboarding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a KYC step (the firm's only): a recorded identity verification, with the uploaded copy of the
 * document once it is linked.
 */
public record KycView(KycMethod method, IdentityDocumentType documentType, String documentNumber, String verifiedBy,
        LocalDate verifiedOn, @Nullable UUID documentId) implements StepOutcome {

    public KycView {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new IllegalArgumentException("A verification names the document's number");
        }
    }

    /** This verification with the copy of its document linked. */
    public KycView withDocument(UUID id) {
        return new KycView(method, documentType, documentNumber, verifiedBy, verifiedOn, id);
    }

    @Override
    public boolean firmOnly() {
        return true;
    }
}
