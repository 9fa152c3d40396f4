package io.klien.contracts.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.contracts.ContractDocument;
import io.klien.contracts.ContractParty;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.SealKeyView;
import io.klien.contracts.SealRecord;
import io.klien.contracts.SealVerification;
import io.klien.contracts.SealedContract;
import io.klien.contracts.SealedDocument;
import io.klien.contracts.Signatory;
import io.klien.contracts.SigningEvent;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class ContractSealService implements ContractSeals {

    static final int MAX_BODY_CHARS = 200_000;
    static final int MAX_SIGNATURE_IMAGE_BYTES = 1024 * 1024;
    static final int MAX_SIGNATORIES = 50;
    static final int MAX_EVENTS = 1000;

    private final ContractSealing sealing;
    private final AuditLog audit;

    ContractSealService(ContractSealing sealing, AuditLog audit) {
        this.sealing = sealing;
        this.audit = audit;
    }

    @Override
    public SealedContract seal(ContractDocument contract) {
        validate(contract);
        return sealing.seal(firm(), contract);
    }

    @Override
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

    @Override
    public SealKeyView rotateKey() {
        SealKeyView made = sealing.rotate(firm());
        audit.record(new AuditRecord("contract.seal-key-rotated", "seal-key", made.id().toString(), null,
                "certificate=" + made.certificateSha256()));
        return made;
    }

    @Override
    public List<SealKeyView> keys() {
        return sealing.keys();
    }

    @Override
    public SealVerification verify(byte[] pdf) {
        if (pdf.length > MAX_PDF_BYTES) {
            throw new DomainException("contracts.verify.too-large", MAX_PDF_BYTES / (1024 * 1024));
        }
        return sealing.verify(pdf);
    }

    @Override
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
