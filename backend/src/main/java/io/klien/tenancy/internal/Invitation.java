package io.klien.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "invitation")
class Invitation extends TenantOwnedEntity {

    @Column(name = "membership_id", updatable = false)
    private UUID membershipId;
    private String email;
    @Column(name = "token_hash", updatable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String tokenHash;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;
    @Column(name = "invited_by")
    private @Nullable String invitedBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Invitation() {
        this.membershipId = new UUID(0, 0);
        this.email = "";
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public static Invitation issue(UUID membershipId, String email, String tokenHash, Instant expiresAt,
            @Nullable String invitedBy, Instant at) {
        Invitation i = new Invitation();
        i.membershipId = membershipId;
        i.email = email;
        i.tokenHash = tokenHash;
        i.expiresAt = expiresAt;
        i.invitedBy = invitedBy;
        i.createdAt = at;
        return i;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public void accept(Instant at) {
        this.acceptedAt = at;
    }

    public UUID membershipId() {
        return membershipId;
    }
}
