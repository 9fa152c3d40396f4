package io.klien.contracts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A one-time code mailed to a signatory at the moment of signing. Only its hash is kept; it expires, allows a few
 * attempts and is used once.
 */
@Entity
@Table(name = "contract_signing_code")
class SigningCode extends TenantOwnedEntity {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(name = "signatory_id", updatable = false)
    private UUID signatoryId;
    @Column(updatable = false)
    private String subject;
    @Column(name = "code_hash", updatable = false)
    private String codeHash;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;
    private int attempts;
    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    protected SigningCode() {
        this.contractId = new UUID(0, 0);
        this.signatoryId = new UUID(0, 0);
        this.subject = "";
        this.codeHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public static SigningCode issue(UUID contractId, UUID signatoryId, String subject, String code, Instant at) {
        SigningCode c = new SigningCode();
        c.contractId = contractId;
        c.signatoryId = signatoryId;
        c.subject = subject;
        c.codeHash = hash(c.id(), code);
        c.createdAt = at;
        c.expiresAt = at.plus(LIFETIME);
        return c;
    }

    /**
     * Checks a code typed by the person it was mailed to: refused when used, expired, out of attempts or wrong (a
     * wrong code uses up an attempt, which the caller keeps even though it refuses).
     */
    public void verify(String subjectTyping, String typed, Instant at) {
        if (verifiedAt != null) {
            throw DomainException.onField("code", "contracts.code.used");
        }
        if (!at.isBefore(expiresAt)) {
            throw DomainException.onField("code", "contracts.code.expired");
        }
        if (attempts >= MAX_ATTEMPTS) {
            throw DomainException.onField("code", "contracts.code.too-many-attempts");
        }
        boolean matches = subject.equals(subjectTyping) && MessageDigest.isEqual(
                codeHash.getBytes(StandardCharsets.US_ASCII), hash(id(), typed).getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            attempts++;
            if (attempts >= MAX_ATTEMPTS) {
                throw DomainException.onField("code", "contracts.code.too-many-attempts");
            }
            throw DomainException.onField("code", "contracts.code.wrong", MAX_ATTEMPTS - attempts);
        }
        verifiedAt = at;
    }

    /** Whether this code was verified by the person within the window before {@code at}. */
    public boolean verifiedWithin(String by, Duration window, Instant at) {
        return verifiedAt != null && subject.equals(by) && !verifiedAt.isBefore(at.minus(window));
    }

    static String hash(UUID codeId, String code) {
        return Sha256.hex((codeId + ":" + code.strip()).getBytes(StandardCharsets.UTF_8));
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID signatoryId() {
        return signatoryId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int attempts() {
        return attempts;
    }
}
