package io.klien.onboarding;

import java.time.LocalDate;
import java.util.UUID;

/** Staff recorded how a client's identity was verified (the document number stays on the step, not in the event). */
public record KycRecorded(UUID tenantId, UUID onboardingId, UUID stepId, KycMethod method,
        IdentityDocumentType documentType, LocalDate verifiedOn) {
}
