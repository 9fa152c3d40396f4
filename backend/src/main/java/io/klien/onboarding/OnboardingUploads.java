package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentView;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/**
 * Files for onboarding steps. The bytes are received first, outside any transaction (a slow sender holds no
 * connection and no lock on the onboarding); the file is then stored and attached in one short transaction, which
 * checks the step again, so a refused file (wrong type, too large, over the firm's quota, infected) or a step that
 * stopped taking files meanwhile leaves nothing behind.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface OnboardingUploads {

    /** The owner kind under which the documents module keeps a step's files. */
    String OWNER_KIND = "ONBOARDING_STEP";

    /** What the copy of an identity document behind a KYC record may be. */
    DocumentPolicy IDENTITY_DOCUMENT = DocumentPolicy.of(10L * 1024 * 1024, DocumentType.PDF,
            DocumentType.JPEG, DocumentType.PNG);

    /** What a FILE field of an intake form takes. */
    DocumentPolicy FORM_FILE = DocumentPolicy.of(10L * 1024 * 1024, DocumentType.PDF,
            DocumentType.JPEG, DocumentType.PNG, DocumentType.DOCX, DocumentType.XLSX);

    /** Receives one upload, then stores it and attaches it to the document request. */
    DocumentView upload(UUID stepId, @Nullable String filename, @Nullable String declaredType, InputStream content);

    /**
     * Stores the copy of the identity document behind a recorded verification and links it to the KYC step (also
     * after the onboarding completed). Staff only; PDF or images up to 10 MB.
     */
    @FirmRoles({TENANT_ADMIN, STAFF})
    DocumentView uploadIdentityDocument(UUID stepId, @Nullable String filename, @Nullable String declaredType,
            InputStream content);

    /**
     * Stores a file for a FILE field of an intake form; the form's answers then carry its id (saved with the draft or
     * the submission). PDF, images and Office files up to 10 MB.
     */
    DocumentView uploadFormFile(UUID stepId, String fieldKey, @Nullable String filename,
            @Nullable String declaredType, InputStream content);

    /** The files received for a step, newest first (client users: only steps of their own client). */
    List<DocumentView> documents(UUID stepId);

    /** What a document request accepts, as the documents module checks it (types it recognises by content). */
    static DocumentPolicy policyOf(@Nullable DocumentRequirements requirements) {
        if (requirements == null) {
            return DocumentPolicy.of(DocumentRequirements.MAX_SIZE_MB * 1024L * 1024L, DocumentType.PDF);
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
}
