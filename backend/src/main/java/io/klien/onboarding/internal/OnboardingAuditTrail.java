package io.klien.onboarding.internal;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.onboarding.ConflictDecided;
import io.klien.onboarding.EngagementLetterLinked;
import io.klien.onboarding.KycRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the onboarding decisions that carry liability in the firm's audit log: conflict-of-interest decisions
 * (waivers with their reason) and identity verifications. Synchronous on purpose: the entry commits or rolls back with
 * the decision it describes.
 */
@Component
class OnboardingAuditTrail {

    private final AuditLog audit;

    OnboardingAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ConflictDecided decided) {
        String action = switch (decided.decision()) {
            case CLEAR -> "onboarding.conflict-cleared";
            case WAIVED -> "onboarding.conflict-waived";
            case CONFLICT -> "onboarding.conflict-confirmed";
        };
        String after = "decision=" + decided.decision() + ", onboarding=" + decided.onboardingId()
                + (decided.reason() == null ? "" : ", reason=" + decided.reason());
        audit.record(new AuditRecord(action, "onboarding-step", decided.stepId().toString(), null, after));
    }

    @EventListener
    void on(KycRecorded recorded) {
        audit.record(new AuditRecord("onboarding.kyc-recorded", "onboarding-step", recorded.stepId().toString(), null,
                "method=" + recorded.method() + ", document=" + recorded.documentType() + ", verifiedOn="
                        + recorded.verifiedOn() + ", onboarding=" + recorded.onboardingId()));
    }

    @EventListener
    void on(EngagementLetterLinked linked) {
        audit.record(new AuditRecord("onboarding.letter-linked", "onboarding-step", linked.stepId().toString(), null,
                "contract=" + linked.contractId() + ", onboarding=" + linked.onboardingId()));
    }
}
