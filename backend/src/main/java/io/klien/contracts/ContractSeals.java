package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.contracts.internal.ContractSealing;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import io.klien.shared.tenant.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Seals signed contracts with the firm's key (PAdES, with a certificate of completion) and verifies sealed PDFs.
 * Each firm's seal keys are made on first use and rotated by its admins; retired keys keep verifying their seals.
 */
@Service
@FirmRoles({TENANT_ADMIN, STAFF})
public class ContractSeals {

    /** A sealed contract is far smaller; anything larger is refused before it is read. */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    static final int MAX_BODY_CHARS = 200_000;
    static final int MAX_SIGNATURE_IMAGE_BYTES = 1024 * 1024;
    static final int MAX_SIGNATORIES = 50;
    static final int MAX_EVENTS = 1000;

    private final ContractSealing sealing;
    private final AuditLog audit;

    ContractSeals(ContractSealing sealing, AuditLog audit) {
        this.sealing = sealing;
        this.audit = audit;
    }

    /**
     * Renders the contract, appends its certificate of completion and seals it with the firm's active key (made now
     * if the firm has none); the seal is recorded under the verification code printed on the certificate.
     */
    public SealedContract seal(ContractDocument contract) {
        validate(contract);
        return sealing.seal(firm(), contract);
    }

    /**
     * Seals an arbitrary PDF (a certificate rendered by another module) with the firm's active seal key, the title
     * as the seal's reason; contracts keep being sealed by {@link #seal}.
     */
    public SealedDocument sealDocument(byte[] pdf, String title) {
        if (pdf.length > MAX_PDF_BYTES) {
            throw new DomainException("contracts.verify.too-large", MAX_PDF_BYTES / (1024 * 1024));
        }
        required(title, 300, "contracts.seal.title.required");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new DomainException("contracts.seal.not-a-pdf");
            }
        } catch (IOException e) {
            throw new DomainException("contracts.seal.not-a-pdf");
        }
        return sealing.sealDocument(firm(), pdf, title.strip());
    }

    /** Retires the firm's active seal key and makes a new one; seals made with retired keys still verify. */
    @FirmRoles(TENANT_ADMIN)
    public SealKeyView rotateKey() {
        SealKeyView made = sealing.rotate(firm());
        audit.record(new AuditRecord("contract.seal-key-rotated", "seal-key", made.id().toString(), null,
                "certificate=" + made.certificateSha256()));
        return made;
    }

    /** The firm's seal keys, newest first. */
    public List<SealKeyView> keys() {
        return sealing.keys();
    }

    /**
     * Whether the PDF is an untouched original sealed by Klien for the acting firm: seal valid, nothing added or
     * changed, and the very file recorded under its verification code.
     */
    @OpenOnPurpose(reason = "Public verification: anyone who holds a PDF may check it against the firm's seals")
    public SealVerification verify(byte[] pdf) {
        if (pdf.length > MAX_PDF_BYTES) {
            throw new DomainException("contracts.verify.too-large", MAX_PDF_BYTES / (1024 * 1024));
        }
        return sealing.verify(pdf);
    }

    /**
     * What was recorded under a verification code: when it was sealed, who signed when, and the document's SHA-256;
     * nothing of its content.
     */
    @OpenOnPurpose(reason = "Public verification by the code printed on a certificate of completion")
    public Optional<SealRecord> lookUp(String verificationCode) {
        return sealing.lookUp(verificationCode);
    }

    private static UUID firm() {
        UUID tenantId = TenantContext.acting().tenantId();
        if (tenantId == null) {
            throw new DomainException("contracts.seal.no-firm");
        }
        return tenantId;
    }

    private static void validate(ContractDocument contract) {
        required(contract.title(), 300, "contracts.seal.title.required");
        required(contract.firmName(), 200, "contracts.seal.firm-name.required");
        required(contract.markdownBody(), MAX_BODY_CHARS, "contracts.seal.body.required");
        if (contract.parties().isEmpty()) {
            throw new DomainException("contracts.seal.parties.required");
        }
        for (ContractParty party : contract.parties()) {
            required(party.name(), 300, "contracts.seal.party.required");
            required(party.role(), 100, "contracts.seal.party.required");
        }
        if (contract.signatories().isEmpty() || contract.signatories().size() > MAX_SIGNATORIES) {
            throw new DomainException("contracts.seal.signatories.required", MAX_SIGNATORIES);
        }
        for (Signatory signatory : contract.signatories()) {
            required(signatory.name(), 200, "contracts.seal.signatory.required");
            required(signatory.email(), 320, "contracts.seal.signatory.required");
            required(signatory.party(), 300, "contracts.seal.signatory.required");
            optional(signatory.ipAddress(), 100);
            optional(signatory.userAgent(), 1000);
            byte[] drawn = signatory.drawnSignature();
            if (drawn != null && (drawn.length > MAX_SIGNATURE_IMAGE_BYTES || !pngOrJpeg(drawn))) {
                throw new DomainException("contracts.seal.signature-image.invalid", signatory.name());
            }
        }
        if (contract.events().size() > MAX_EVENTS) {
            throw new DomainException("contracts.seal.events.too-many", MAX_EVENTS);
        }
        for (SigningEvent event : contract.events()) {
            required(event.description(), 500, "contracts.seal.event.invalid");
            optional(event.actor(), 300);
            optional(event.ipAddress(), 100);
            optional(event.userAgent(), 1000);
        }
    }

    private static void required(@Nullable String value, int maxLength, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(messageKey);
        }
        optional(value, maxLength);
    }

    private static void optional(@Nullable String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new DomainException("contracts.seal.too-long", maxLength);
        }
    }

    /** A PNG or JPEG that decodes: the renderer must not meet a broken image half-way through a seal. */
    private static boolean pngOrJpeg(byte[] image) {
        boolean png = image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N'
                && image[3] == 'G';
        boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
        try {
            return (png || jpeg) && ImageIO.read(new ByteArrayInputStream(image)) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
