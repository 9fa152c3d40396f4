package io.klien.onboarding.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepType;
import io.klien.onboarding.StepView;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
class OnboardingUploadService implements OnboardingUploads {

    private final StepWork work;
    private final Documents documents;
    private final OnboardingSteps steps;
    private final Onboardings onboardings;
    private final DocumentRequestStep documentRequests;
    private final KycStep kyc;
    private final TransactionTemplate tx;

    OnboardingUploadService(StepWork work, Documents documents, OnboardingSteps steps, Onboardings onboardings,
            DocumentRequestStep documentRequests, KycStep kyc, PlatformTransactionManager transactions) {
        this.work = work;
        this.documentRequests = documentRequests;
        this.kyc = kyc;
        this.documents = documents;
        this.steps = steps;
        this.onboardings = onboardings;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DocumentView upload(UUID stepId, @Nullable String filename, @Nullable String declaredType, InputStream content) {
        DocumentPolicy policy = inTransaction(
                () -> OnboardingUploads.policyOf(takingFiles(stepId).step().config().documents()));
        try (ReceivedUpload received = documents.receive(filename, declaredType, content, policy)) {
            return inTransaction(() -> {
                Work w = takingFiles(stepId);
                DocumentView stored = documents.store(owner(stepId, w.onboarding().clientId()), received,
                        OnboardingUploads.policyOf(w.step().config().documents()));
                steps.attachDocuments(stepId, List.of(stored.id()));
                return stored;
            });
        }
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DocumentView uploadIdentityDocument(UUID stepId, @Nullable String filename, @Nullable String declaredType,
            InputStream content) {
        inTransaction(() -> kycStep(stepId));
        try (ReceivedUpload received = documents.receive(filename, declaredType, content, IDENTITY_DOCUMENT)) {
            return inTransaction(() -> {
                Work w = kycStep(stepId);
                DocumentView stored = documents.store(owner(stepId, w.onboarding().clientId()), received,
                        IDENTITY_DOCUMENT);
                steps.linkKycDocument(stepId, stored.id());
                return stored;
            });
        }
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DocumentView uploadFormFile(UUID stepId, String fieldKey, @Nullable String filename,
            @Nullable String declaredType, InputStream content) {
        inTransaction(() -> formWithFileField(stepId, fieldKey));
        try (ReceivedUpload received = documents.receive(filename, declaredType, content, FORM_FILE)) {
            return inTransaction(() -> {
                Work w = formWithFileField(stepId, fieldKey);
                return documents.store(owner(stepId, w.onboarding().clientId()), received, FORM_FILE);
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> documents(UUID stepId) {
        StepView step = onboardings.step(stepId);
        UUID clientId = onboardings.checklist(step.onboardingId()).onboarding().clientId();
        return documents.list(owner(stepId, clientId));
    }

    private Work takingFiles(UUID stepId) {
        return documentRequests.takingFiles(stepId);
    }

    private Work kycStep(UUID stepId) {
        return kyc.lockWhateverItsStatus(stepId);
    }

    private Work formWithFileField(UUID stepId, String fieldKey) {
        Work w = work.lock(stepId, StepType.INTAKE_FORM);
        w.step().requireWorkable();
        boolean fileField = w.step().config().fields().stream()
                .anyMatch(f -> f.key().equals(fieldKey) && f.type() == FieldType.FILE);
        if (!fileField) {
            throw new DomainException("onboarding.form.unknown-field", fieldKey);
        }
        return w;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }

    private static DocumentOwner owner(UUID stepId, UUID clientId) {
        return new DocumentOwner(OWNER_KIND, stepId, clientId);
    }
}
