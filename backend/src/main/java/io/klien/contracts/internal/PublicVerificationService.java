package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import io.klien.contracts.ContractSeals;
import io.klien.contracts.PublicSealCheck;
import io.klien.contracts.PublicVerification;
import io.klien.contracts.SealRecord;
import io.klien.contracts.SealStatus;
import io.klien.contracts.SealVerification;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.stereotype.Service;

@Service
class PublicVerificationService implements PublicVerification {

    /** Longer input cannot be a verification code (16 characters, with dashes or spaces between the groups). */
    static final int MAX_CODE_INPUT = 40;

    private final ContractSeals seals;

    PublicVerificationService(ContractSeals seals) {
        this.seals = seals;
    }

    @Override
    public PublicSealCheck verify(byte[] pdf) {
        Optional<UUID> claimed = SealClaims.firmNamedIn(pdf);
        SealVerification verification = TenantContext.callIn(Scope.visitor(claimed.orElse(null)),
                () -> seals.verify(pdf));
        UUID sealedBy = verification.status() == SealStatus.NOT_KLIEN_DOCUMENT ? null : claimed.orElse(null);
        return new PublicSealCheck(verification, sealedBy);
    }

    @Override
    public Optional<SealRecord> lookUp(UUID firmId, String code) {
        if (code.length() > MAX_CODE_INPUT) {
            return Optional.empty();
        }
        return TenantContext.callIn(Scope.visitor(firmId), () -> seals.lookUp(code));
    }
}
