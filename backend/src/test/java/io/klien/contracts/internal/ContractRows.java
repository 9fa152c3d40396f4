package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * For tests elsewhere: writes and reads rows the contracts module keeps to itself, without the signing ceremony (and
 * its mail) that {@link io.klien.contracts.ContractSigning} involves. Call it as system work in the firm, or as the
 * member whose firm's rows are meant.
 */
@Component
public class ContractRows {

    private final SigningCodeRepository codes;
    private final SigningConsentRepository consents;
    private final ContractSignatureRepository signatures;
    private final ContractTermsHistoryRepository termsHistory;

    ContractRows(SigningCodeRepository codes, SigningConsentRepository consents,
            ContractSignatureRepository signatures, ContractTermsHistoryRepository termsHistory) {
        this.codes = codes;
        this.consents = consents;
        this.signatures = signatures;
        this.termsHistory = termsHistory;
    }

    /** The id of the stored signing code. */
    public UUID issueCode(UUID contractId, UUID signatoryId, String subject, String code, Instant at) {
        return codes.save(SigningCode.issue(contractId, signatoryId, subject, code, at)).id();
    }

    /** The id of the stored consent to sign electronically. */
    public UUID giveConsent(String subject, int disclosureVersion, Instant at, @Nullable String ip,
            @Nullable String userAgent) {
        return consents.save(SigningConsent.given(subject, disclosureVersion, at, ip, userAgent)).id();
    }

    /** The id of the stored signature. */
    public UUID giveSignature(UUID contractId, UUID signatoryId, String subject, @Nullable String typedName,
            byte @Nullable [] drawnPng, Instant at, @Nullable String ip, @Nullable String userAgent) {
        return signatures.save(ContractSignature.given(contractId, signatoryId, subject, typedName, drawnPng, at, ip,
                userAgent)).id();
    }

    /** Whether the terms history row is found through its repository. */
    public boolean termsHistoryFound(UUID rowId) {
        return termsHistory.findById(rowId).isPresent();
    }

    /** How many terms history rows its repository lists. */
    public long termsHistoryListed() {
        return termsHistory.findAll().size();
    }

    /** Whether the event is the mail of a contract's sealed PDF to its signatories, due once the seal committed. */
    public static boolean isSignedContractMail(Object event, UUID contractId) {
        return event instanceof SignedContractMailDue due && due.contractId().equals(contractId);
    }
}
