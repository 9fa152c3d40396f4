package io.klien.contracts;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * The signing ceremony in the portal. A signatory signs only signed in as themselves, after consenting to do business
 * electronically (a versioned disclosure, once per person, withdrawable), reading the document to its end and
 * confirming a one-time code mailed at the moment of signing; the signature is a typed name or a drawn image. Every
 * step is kept with its time, IP address and user agent for the certificate page and goes to the audit chain. When
 * the last signatory signs, the contract is rendered with its signatures and certificate of completion, sealed once,
 * stored, and mailed to every signatory.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface ContractSigning {

    /** How long a confirmed code lets its person sign. */
    Duration CODE_FRESH = Duration.ofMinutes(10);
    /** Codes a signatory may ask for within an hour. */
    int CODES_PER_HOUR = 5;
    /** The largest drawn signature accepted, in bytes. */
    int MAX_DRAWN_BYTES = 512 * 1024;

    /**
     * The contracts sent to the signed-in client user for their signature, newest first: those of their own client
     * that are out for signature or were signed, where a signatory for the client carries the user's email address.
     * Drafts, contracts voided or lapsed unsigned, and other clients' contracts are never listed.
     */
    @FirmRoles(CLIENT)
    List<SignatureRequest> mine();

    /**
     * The signed-in client user's part in one contract sent to their client, whatever became of it since (voided,
     * expired, signed); empty when they are not one of its signatories. Another client's contract is refused, a draft
     * is not found.
     */
    @FirmRoles(CLIENT)
    Optional<SignatureRequest> mine(UUID contractId);

    /** Opens the contract for one signatory (recorded as viewed): its text, the disclosure and what is still missing. */
    SigningCeremony open(UUID contractId, UUID signatoryId);

    /** The disclosure in force, in the given language (English or Bahasa Indonesia). */
    ElectronicDisclosure disclosure(Locale language);

    /** The signatory reached the end of the document: signing needs this. */
    SigningCeremony markRead(UUID contractId, UUID signatoryId);

    /**
     * The signed-in person consents to do business electronically under the disclosure version they were shown; kept
     * once per person (a consent to an older version is replaced).
     */
    SigningCeremony consent(UUID contractId, UUID signatoryId, int disclosureVersion);

    /** The signed-in person withdraws their consent: they cannot sign electronically until they consent again. */
    SigningCeremony withdrawConsent(UUID contractId, UUID signatoryId);

    /**
     * Mails a new six-digit code to the signatory's email address (after this transaction commits); valid for ten
     * minutes, five attempts, once. A newer code replaces the older one.
     */
    SigningCeremony requestCode(UUID contractId, UUID signatoryId);

    /**
     * Confirms the code mailed to the signatory. A wrong, expired, used or exhausted code is refused on the field
     * {@code code}; the failed attempt is kept (it counts toward the five) although the call is refused, in a
     * transaction of its own so that no caller's rollback can undo it.
     */
    SigningCeremony verifyCode(UUID contractId, UUID signatoryId, String code);

    /**
     * Signs for the signatory with a typed name or a drawn signature. Refused unless the person signed in is that
     * signatory, has consented, read the document and confirmed a code within the last ten minutes; in order when the
     * contract is sequential. The last signature completes the contract: it is sealed (once) and mailed to everyone.
     */
    ContractView sign(UUID contractId, UUID signatoryId, SignatureMark mark);

    /** The signatory declines with a reason; the contract is voided and everyone is told. */
    ContractView decline(UUID contractId, UUID signatoryId, String reason);

    /** Whether the contract was signed by everyone and sealed, so that its signed PDF can be downloaded. */
    boolean sealed(UUID contractId);

    /** The sealed PDF of a fully signed contract, for those who may see the contract; each download is recorded. */
    SignedContractFile signedPdf(UUID contractId);

    /** The contract's signing trail as the certificate page prints it, in the firm's language. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<SigningEvent> trail(UUID contractId);
}
