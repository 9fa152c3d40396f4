package io.klien.contracts;

import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.OpenOnPurpose;

/**
 * Verification for anyone, signed in or not, on a firm's public page. A PDF is checked in the firm its seal names, so
 * a document sealed by another firm is still told apart from a forgery; a code is looked up only in the firm whose
 * page it was entered on, as the certificate page says.
 */
public interface PublicVerification {

    /** Whether the PDF is an untouched original of the firm whose seal it carries. */
    @OpenOnPurpose(reason = "Public verification: anyone who holds a PDF may check it against the seals of Klien's firms")
    PublicSealCheck verify(byte[] pdf);

    /** What the firm recorded under a verification code printed on one of its certificates. */
    @OpenOnPurpose(reason = "Public verification by the code printed on a firm's certificate of completion")
    Optional<SealRecord> lookUp(UUID firmId, String code);
}
