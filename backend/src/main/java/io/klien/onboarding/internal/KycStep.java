package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.klien.onboarding.KycRecord;
import io.klien.onboarding.KycRecorded;
import io.klien.onboarding.KycView;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.tenant.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Identity checks (KYC): staff record how the client's identity was verified, which completes the step; the copy of
 * the document may be linked later, also after the onboarding completed.
 */
@Component
class KycStep extends StepKind {

    private static final TextInput TEXT = TemplateRules.TEXT;

    private final ApplicationEventPublisher events;

    KycStep(StepWork work, ApplicationEventPublisher events) {
        super(work);
        this.events = events;
    }

    @Override
    StepType type() {
        return StepType.KYC;
    }

    Work record(UUID stepId, KycRecord record) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        if (record.method() == null || record.documentType() == null) {
            throw new DomainException("onboarding.kyc.incomplete");
        }
        String number = TEXT.required(record.documentNumber(), "onboarding.kyc.number.required", 100);
        LocalDate verifiedOn = record.verifiedOn() != null ? record.verifiedOn() : work.today();
        if (verifiedOn.isAfter(work.today())) {
            throw new DomainException("onboarding.kyc.future-date");
        }
        w.step().record(new KycView(record.method(), record.documentType(), number,
                Objects.requireNonNullElse(w.subject(), "system"), verifiedOn, record.documentId()));
        events.publishEvent(new KycRecorded(TenantContext.requireTenantId(), w.onboarding().id(), stepId,
                record.method(), record.documentType(), verifiedOn));
        work.complete(w);
        return w;
    }

    /** The KYC step, locked whatever its onboarding's status (the document's copy may come after completion). */
    Work lockWhateverItsStatus(UUID stepId) {
        Work w = work.lockWhateverItsStatus(stepId);
        if (w.step().type() != type()) {
            throw new DomainException("onboarding.step.wrong-type", w.step().title());
        }
        return w;
    }

    Work linkDocument(UUID stepId, UUID documentId) {
        Work w = lockWhateverItsStatus(stepId);
        KycView recorded = w.step().outcome(KycView.class);
        if (recorded == null) {
            throw new DomainException("onboarding.kyc.not-recorded");
        }
        w.step().record(recorded.withDocument(documentId));
        work.settle(w, false);
        return w;
    }
}
