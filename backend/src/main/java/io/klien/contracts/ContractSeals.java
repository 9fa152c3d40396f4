package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Optional;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;

/**
 * Seals signed contracts with the firm's key (PAdES, with a certificate of completion) and verifies sealed PDFs.
 * Each firm's seal keys are made on first use and rotated by its admins; retired keys keep verifying their seals.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractSeals {

    /** A sealed contract is far smaller; anything larger is refused before it is read. */
    int MAX_PDF_BYTES = 20 * 1024 * 1024;

    /**
     * Renders the contract, appends its certificate of completion and seals it with the firm's active key (made now
     * if the firm has none); the seal is recorded under the verification code printed on the certificate.
     */
    SealedContract seal(ContractDocument contract);

    /**
     * Seals an arbitrary PDF (a certificate rendered by another module) with the firm's active seal key, the title
     * as the seal's reason; contracts keep being sealed by {@link #seal}.
     */
    SealedDocument sealDocument(byte[] pdf, String title);

    /** Retires the firm's active seal key and makes a new one; seals made with retired keys still verify. */
    @FirmRoles(TENANT_ADMIN)
    SealKeyView rotateKey();

    /** The firm's seal keys, newest first. */
    List<SealKeyView> keys();

    /**
     * Whether the PDF is an untouched original sealed by Klien for the acting firm: seal valid, nothing added or
     * changed, and the very file recorded under its verification code.
     */
    @OpenOnPurpose(reason = "Public verification: anyone who holds a PDF may check it against the firm's seals")
    SealVerification verify(byte[] pdf);

    /**
     * What was recorded under a verification code: when it was sealed, who signed when, and the document's SHA-256;
     * nothing of its content.
     */
    @OpenOnPurpose(reason = "Public verification by the code printed on a certificate of completion")
    Optional<SealRecord> lookUp(String verificationCode);
}
