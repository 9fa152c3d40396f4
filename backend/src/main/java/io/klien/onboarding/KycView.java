package io.klien.onboarding;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A recorded identity verification. */
public record KycView(KycMethod method, IdentityDocumentType documentType, String documentNumber, String verifiedBy,
        LocalDate verifiedOn, @Nullable UUID documentId) {
}
