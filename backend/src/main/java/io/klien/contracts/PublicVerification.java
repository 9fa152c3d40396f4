package io.klien.contracts;

import java.util.Optional;
import java.util.UUID;

import io.klien.contracts.internal.SealClaims;
import io.klien.shared.permission.OpenOnPurpose;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.stereotype.Service;

/**
 * Verification for anyone, signed in or not, on a firm's public page. A PDF is checked in the firm its seal names, so
 * a document sealed by another firm is still told apart from a forgery; a code is looked up only in the firm whose
 * page it was entered on, as the certificate page says.
 */
@Service
public class PublicVerification {

    /** Longer input cannot be a verification code (16 characters, with dashes or spaces between the groups). */
    static final int MAX_CODE_INPUT = 40;

    private final ContractSeals seals;

    PublicVerification(ContractSeals seals) {
        this.seals = seals;
    }

    /** Whether the PDF is an untouched original of the firm whose seal it carries. */
    @OpenOnPurpose(reason = "Public verification: anyone who holds a PDF may check it against the seals of Klien's firms")
    public PublicSealCheck verify(byte[] pdf) {
        Optional<UUID> claimed = SealClaims.firmNamedIn(pdf);
        SealVerification verification = TenantContext.callIn(Scope.visitor(claimed.orElse(null)),
                () -> seals.verify(pdf));
        UUID sealedBy = verification.status() == SealStatus.NOT_KLIEN_DOCUMENT ? null : claimed.orElse(null);
        return new PublicSealCheck(verification, sealedBy);
    }

    /** What the firm recorded under a verification code printed on one of its certificates. */
    @OpenOnPurpose(reason = "Public verification by the code printed on a firm's certificate of completion")
    public Optional<SealRecord> lookUp(UUID firmId, String code) {
        if (code.length() > MAX_CODE_INPUT) {
            return Optional.empty();
        }
        return TenantContext.callIn(Scope.visitor(firmId), () -> seals.lookUp(code));
    }
}
