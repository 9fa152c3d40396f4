package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.contracts.SigningStep;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of a contract's signing trail, with who and from where: kept for the certificate page, never changed. */
@Entity
@Table(name = "contract_signing_event")
class SigningEvidence extends TenantOwnedEntity {

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(name = "signatory_id", updatable = false)
    private @Nullable UUID signatoryId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SigningStep kind;
    @Column(updatable = false)
    private @Nullable String actor;
    @Column(updatable = false)
    private @Nullable String subject;
    @Column(name = "ip_address", updatable = false)
    private @Nullable String ipAddress;
    @Column(name = "user_agent", updatable = false)
    private @Nullable String userAgent;
    @Column(updatable = false)
    private Instant at;
    @Column(updatable = false)
    private @Nullable String detail;

    protected SigningEvidence() {
        this.contractId = new UUID(0, 0);
        this.kind = SigningStep.VIEWED;
        this.at = Instant.EPOCH;
    }

    public static SigningEvidence of(UUID contractId, @Nullable UUID signatoryId, SigningStep kind,
            @Nullable String actor, @Nullable String subject, @Nullable String ip, @Nullable String userAgent,
            Instant at, @Nullable String detail) {
        SigningEvidence e = new SigningEvidence();
        e.contractId = contractId;
        e.signatoryId = signatoryId;
        e.kind = kind;
        e.actor = clip(actor, 300);
        e.subject = clip(subject, 255);
        e.ipAddress = clip(ip, 64);
        e.userAgent = clip(userAgent, 500);
        e.at = at;
        e.detail = clip(detail, 500);
        return e;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public @Nullable UUID signatoryId() {
        return signatoryId;
    }

    public SigningStep kind() {
        return kind;
    }

    public @Nullable String actor() {
        return actor;
    }

    public @Nullable String ipAddress() {
        return ipAddress;
    }

    public @Nullable String userAgent() {
        return userAgent;
    }

    public Instant at() {
        return at;
    }

    public @Nullable String detail() {
        return detail;
    }
}
