package io.klien.onboarding;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An identity verification as staff record it: how, against which document, on which day (today when not given),
 * and optionally the uploaded copy of the document. The verifier is whoever records it.
 */
public record KycRecord(KycMethod method, IdentityDocumentType documentType, String documentNumber,
        @Nullable LocalDate verifiedOn, @Nullable UUID documentId) {
}
