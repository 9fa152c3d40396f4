package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The sealed PDF of a fully signed contract: one per contract, kept as sealed. */
@Entity
@Table(name = "contract_signed_pdf")
class SignedContractPdf extends TenantOwnedEntity {

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(name = "seal_id", updatable = false)
    private UUID sealId;
    @Column(name = "verification_code", updatable = false)
    private String verificationCode;
    @Column(name = "sealed_sha256", updatable = false)
    private String sealedSha256;
    @Column(name = "sealed_at", updatable = false)
    private Instant sealedAt;
    @Column(updatable = false)
    private byte[] pdf;

    protected SignedContractPdf() {
        this.contractId = new UUID(0, 0);
        this.sealId = new UUID(0, 0);
        this.verificationCode = "";
        this.sealedSha256 = "";
        this.sealedAt = Instant.EPOCH;
        this.pdf = new byte[0];
    }

    public static SignedContractPdf of(UUID contractId, UUID sealId, String verificationCode, String sealedSha256,
            Instant sealedAt, byte[] pdf) {
        SignedContractPdf p = new SignedContractPdf();
        p.contractId = contractId;
        p.sealId = sealId;
        p.verificationCode = verificationCode;
        p.sealedSha256 = sealedSha256;
        p.sealedAt = sealedAt;
        p.pdf = pdf;
        return p;
    }

    /** A file name from the contract's title: letters, digits and dashes only. */
    public static String fileName(String title) {
        String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "contract" : base.length() > 80 ? base.substring(0, 80) : base) + "-signed.pdf";
    }

    public UUID contractId() {
        return contractId;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String sealedSha256() {
        return sealedSha256;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public byte[] pdf() {
        return pdf;
    }
}
