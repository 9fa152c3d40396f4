package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.onboarding.StepWork.Work;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files for onboarding steps. The bytes are received first, outside any transaction (a slow sender holds no
 * connection and no lock on the onboarding); the file is then stored and attached in one short transaction, which
 * checks the step again, so a refused file (wrong type, too large, over the firm's quota, infected) or a step that
 * stopped taking files meanwhile leaves nothing behind.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public class OnboardingUploads {

    /** The owner kind under which the documents module keeps a step's files. */
    public static final String OWNER_KIND = "ONBOARDING_STEP";

    /** What the copy of an identity document behind a KYC record may be. */
    public static final DocumentPolicy IDENTITY_DOCUMENT = DocumentPolicy.of(10L * 1024 * 1024, DocumentType.PDF,
            DocumentType.JPEG, DocumentType.PNG);

    /** What a FILE field of an intake form takes. */
    public static final DocumentPolicy FORM_FILE = DocumentPolicy.of(10L * 1024 * 1024, DocumentType.PDF,
            DocumentType.JPEG, DocumentType.PNG, DocumentType.DOCX, DocumentType.XLSX);

    private final StepWork work;
    private final Documents documents;
    private final OnboardingSteps steps;
    private final Onboardings onboardings;
    private final DocumentRequestStep documentRequests;
    private final KycStep kyc;
    private final TransactionTemplate tx;

    OnboardingUploads(StepWork work, Documents documents, OnboardingSteps steps, Onboardings onboardings,
            DocumentRequestStep documentRequests, KycStep kyc, PlatformTransactionManager transactions) {
        this.work = work;
        this.documentRequests = documentRequests;
        this.kyc = kyc;
        this.documents = documents;
        this.steps = steps;
        this.onboardings = onboardings;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Receives one upload, then stores it and attaches it to the document request. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DocumentView upload(UUID stepId, @Nullable String filename, @Nullable String declaredType, InputStream content) {
        DocumentPolicy policy = inTransaction(() -> policyOf(takingFiles(stepId).step().config().documents()));
        try (ReceivedUpload received = documents.receive(filename, declaredType, content, policy)) {
            return inTransaction(() -> {
                Work w = takingFiles(stepId);
                DocumentView stored = documents.store(owner(stepId, w.onboarding().clientId()), received,
                        policyOf(w.step().config().documents()));
                steps.attachDocuments(stepId, List.of(stored.id()));
                return stored;
            });
        }
    }

    /**
     * Stores the copy of the identity document behind a recorded verification and links it to the KYC step (also
     * after the onboarding completed). Staff only; PDF or images up to 10 MB.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @FirmRoles({TENANT_ADMIN, STAFF})
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

    /**
     * Stores a file for a FILE field of an intake form; the form's answers then carry its id (saved with the draft or
     * the submission). PDF, images and Office files up to 10 MB.
     */
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

    /** The files received for a step, newest first (client users: only steps of their own client). */
    @Transactional(readOnly = true)
    public List<DocumentView> documents(UUID stepId) {
        StepView step = onboardings.step(stepId);
        UUID clientId = onboardings.checklist(step.onboardingId()).onboarding().clientId();
        return documents.list(owner(stepId, clientId));
    }

    /** What a document request accepts, as the documents module checks it (types it recognises by content). */
    public static DocumentPolicy policyOf(@Nullable DocumentRequirements requirements) {
        if (requirements == null) {
            return DocumentPolicy.of(TemplateRules.MAX_FILE_SIZE_MB * 1024L * 1024L, DocumentType.PDF);
        }
        Set<DocumentType> accepted = EnumSet.noneOf(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            if (type.extensions().stream().anyMatch(requirements.acceptedTypes()::contains)) {
                accepted.add(type);
            }
        }
        if (accepted.isEmpty()) {
            accepted.add(DocumentType.PDF);
        }
        return new DocumentPolicy(accepted, requirements.maxSizeMb() * 1024L * 1024L);
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
