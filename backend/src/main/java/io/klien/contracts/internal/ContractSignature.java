package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A signature as given in the portal: the typed name or the drawn image, when and from where. */
@Entity
@Table(name = "contract_signature")
class ContractSignature extends TenantOwnedEntity {

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(name = "signatory_id", updatable = false)
    private UUID signatoryId;
    @Column(updatable = false)
    private String subject;
    @Column(name = "typed_name", updatable = false)
    private @Nullable String typedName;
    @Column(name = "drawn_png", updatable = false)
    private byte @Nullable [] drawnPng;
    @Column(name = "signed_at", updatable = false)
    private Instant signedAt;
    @Column(name = "ip_address", updatable = false)
    private @Nullable String ipAddress;
    @Column(name = "user_agent", updatable = false)
    private @Nullable String userAgent;

    protected ContractSignature() {
        this.contractId = new UUID(0, 0);
        this.signatoryId = new UUID(0, 0);
        this.subject = "";
        this.signedAt = Instant.EPOCH;
    }

    public static ContractSignature given(UUID contractId, UUID signatoryId, String subject, @Nullable String typedName,
            byte @Nullable [] drawnPng, Instant at, @Nullable String ip, @Nullable String userAgent) {
        ContractSignature s = new ContractSignature();
        s.contractId = contractId;
        s.signatoryId = signatoryId;
        s.subject = subject;
        s.typedName = typedName;
        s.drawnPng = drawnPng;
        s.signedAt = at;
        s.ipAddress = ip;
        s.userAgent = userAgent;
        return s;
    }

    public UUID signatoryId() {
        return signatoryId;
    }

    public byte @Nullable [] drawnPng() {
        return drawnPng;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public @Nullable String ipAddress() {
        return ipAddress;
    }

    public @Nullable String userAgent() {
        return userAgent;
    }
}
