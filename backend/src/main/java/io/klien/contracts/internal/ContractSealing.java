package io.klien.contracts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.klien.contracts.ContractDocument;
import io.klien.contracts.SealFinding;
import io.klien.contracts.SealKeyView;
import io.klien.contracts.SealRecord;
import io.klien.contracts.SealStatus;
import io.klien.contracts.SealVerification;
import io.klien.contracts.SealedContract;
import io.klien.contracts.SealedDocument;
import io.klien.contracts.SignedBy;
import io.klien.contracts.internal.SealInspector.Inspection;
import io.klien.shared.DomainException;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals and verifies contracts for the firm that acts. Database work runs in short transactions of its own: rendering
 * and signing, the slow part, holds no connection.
 */
@Component
class ContractSealing {

    /** Crockford's base 32: no I, L, O or U to misread; 16 characters carry 80 random bits. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    /** The longest title a seal record keeps (its column). */
    static final int RECORDED_TITLE_MAX = 300;

    private final ContractSealKeyRepository keys;
    private final ContractSealRepository seals;
    private final SealKeyFactory keyFactory;
    private final Tenants tenants;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContractSealing(ContractSealKeyRepository keys, ContractSealRepository seals, SealKeyFactory keyFactory,
            Tenants tenants, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.seals = seals;
        this.keyFactory = keyFactory;
        this.tenants = tenants;
        this.tx = tx;
        this.clock = clock;
    }

    /** Renders the contract with its certificate of completion and seals it with the firm's active key. */
    public SealedContract seal(UUID tenantId, ContractDocument contract) {
        SealingIdentity identity = signingIdentity(tenantId);
        // PDF dates carry whole seconds: what is recorded is what the seal says
        Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String code = newVerificationCode();
        byte[] signedDocument = ContractRenderer.signedDocument(contract);
        String documentSha256 = Sha256.hex(signedDocument);
        byte[] withCertificate = ContractRenderer.withCertificate(signedDocument, contract, documentSha256, code,
                sealedAt);
        byte[] sealed = PadesSealer.seal(withCertificate, identity, contract.firmName(),
                "Certificate of completion " + code, sealedAt);
        String sealedSha256 = Sha256.hex(sealed);
        List<SignedBy> signedBy = contract.signatories().stream()
                .map(s -> new SignedBy(s.name(), s.party(), s.signedAt())).toList();
        ContractSeal record = required(tx.execute(status -> seals.saveAndFlush(ContractSeal.record(identity.keyId(),
                code, contract.title(), documentSha256, sealedSha256, sealedAt, signedBy))));
        return new SealedContract(record.id(), sealed, code, documentSha256, sealedSha256, sealedAt, identity.keyId());
    }

    /**
     * Seals a PDF made elsewhere (a certificate another module renders) with the firm's active key, certified with no
     * changes permitted, and records it under a new verification code (carried in the file's metadata) so that the
     * public verification page recognises it as the firm's untouched original.
     */
    public SealedDocument sealDocument(UUID tenantId, byte[] pdf, String title) {
        SealingIdentity identity = signingIdentity(tenantId);
        Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String code = newVerificationCode();
        byte[] sealed = PadesSealer.seal(withVerificationCode(pdf, code), identity, firmName(tenantId), title,
                sealedAt);
        String sealedSha256 = Sha256.hex(sealed);
        String recordedTitle = title.length() <= RECORDED_TITLE_MAX ? title : title.substring(0, RECORDED_TITLE_MAX);
        required(tx.execute(status -> seals.saveAndFlush(ContractSeal.record(identity.keyId(), code, recordedTitle,
                Sha256.hex(pdf), sealedSha256, sealedAt, List.of()))));
        return new SealedDocument(sealed, sealedSha256, sealedAt, identity.keyId(), code);
    }

    private static byte[] withVerificationCode(byte[] pdf, String code) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCustomMetadataValue(SealInspector.VERIFICATION_CODE_KEY, code);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException("contracts.seal.not-a-pdf");
        }
    }

    private SealingIdentity signingIdentity(UUID tenantId) {
        try {
            return required(tx.execute(status -> keyFactory.identity(activeKey(tenantId))));
        } catch (DataIntegrityViolationException e) {
            // another seal made the firm's first key at the same moment: use that one
            return required(tx.execute(status -> keyFactory.identity(keys.findByActiveTrue().orElseThrow(() -> e))));
        }
    }

    /** Retires the active key (kept, so its seals still verify) and makes a new one. */
    public SealKeyView rotate(UUID tenantId) {
        return required(tx.execute(status -> {
            Instant now = now();
            keys.findByActiveTrue().ifPresent(key -> {
                key.retire(now);
                keys.saveAndFlush(key);
            });
            return view(keys.saveAndFlush(ContractSealKey.active(keyFactory.generate(tenantId, firmName(tenantId),
                    now), now)));
        }));
    }

    public List<SealKeyView> keys() {
        return required(tx.execute(status -> keys.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList()));
    }

    /** Whether the PDF is an untouched original sealed by Klien for the acting firm, and what its record says. */
    public SealVerification verify(byte[] pdf) {
        String fileSha256 = Sha256.hex(pdf);
        Inspection inspection = SealInspector.inspect(pdf);
        SealFinding problem = inspection.problem();
        byte[] certificate = inspection.certificate();
        if (certificate == null) {
            return SealVerification.notKlien(problem == null ? SealFinding.NO_SEAL : problem, fileSha256);
        }
        String certificateSha256 = Sha256.hex(certificate);
        return required(tx.execute(status -> {
            Optional<ContractSealKey> key = keys.findByCertificateSha256(certificateSha256);
            if (key.isEmpty()) {
                return SealVerification.notKlien(SealFinding.UNKNOWN_KEY, fileSha256);
            }
            String sealedFor = organisation(certificate);
            if (problem != null) {
                return new SealVerification(SealStatus.MODIFIED, problem, sealedFor, inspection.sealedAt(),
                        inspection.verificationCode(), null, fileSha256, List.of());
            }
            String code = inspection.verificationCode();
            Optional<ContractSeal> recorded = code == null ? Optional.empty() : seals.findByVerificationCode(code);
            if (recorded.isEmpty() || !recorded.get().sealedSha256().equals(fileSha256)
                    || !recorded.get().keyId().equals(key.get().id())) {
                return new SealVerification(SealStatus.MODIFIED, SealFinding.NOT_RECORDED, sealedFor,
                        inspection.sealedAt(), code, null, fileSha256, List.of());
            }
            SealRecord record = recorded.get().toRecord();
            return new SealVerification(SealStatus.UNTOUCHED_ORIGINAL, SealFinding.INTACT, sealedFor, record.sealedAt(),
                    record.verificationCode(), record.documentSha256(), fileSha256, record.signatories());
        }));
    }

    /** What Klien recorded under a verification code (case and dashes do not matter). */
    public Optional<SealRecord> lookUp(String code) {
        String normalized = normalizeCode(code);
        if (normalized == null) {
            return Optional.empty();
        }
        return required(tx.execute(status -> seals.findByVerificationCode(normalized).map(ContractSeal::toRecord)));
    }

    /** A code as printed ("ABCD-EFGH-JKMN-PQRS"), or null when the input cannot be one. */
    static @org.jspecify.annotations.Nullable String normalizeCode(String input) {
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (compact.length() != 16) {
            return null;
        }
        for (char c : compact.toCharArray()) {
            if (new String(CODE_ALPHABET).indexOf(c) < 0) {
                return null;
            }
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12) + "-"
                + compact.substring(12);
    }

    private String newVerificationCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private ContractSealKey activeKey(UUID tenantId) {
        return keys.findByActiveTrue().orElseGet(() -> {
            Instant now = now();
            return keys.saveAndFlush(ContractSealKey.active(keyFactory.generate(tenantId, firmName(tenantId), now),
                    now));
        });
    }

    private String firmName(UUID tenantId) {
        return tenants.find(tenantId).map(TenantView::displayName)
                .orElseThrow(() -> new IllegalStateException("No firm " + tenantId));
    }

    private SealKeyView view(ContractSealKey key) {
        return key.toView(SealKeyFactory.certificate(key.certificate()).getSubjectX500Principal().getName());
    }

    private static String organisation(byte[] certificate) {
        X500Name subject = X500Name.getInstance(
                SealKeyFactory.certificate(certificate).getSubjectX500Principal().getEncoded());
        RDN[] organisations = subject.getRDNs(BCStyle.O);
        return organisations.length == 0 ? subject.toString()
                : IETFUtils.valueToString(organisations[0].getFirst().getValue());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T required(@org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("The transaction returned nothing");
        }
        return value;
    }
}
