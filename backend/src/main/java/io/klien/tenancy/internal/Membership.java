package io.klien.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.NewMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "membership")
class Membership extends TenantOwnedEntity {

    @Column(updatable = false)
    private String subject;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private FirmRole role;
    @Column(name = "client_id")
    private @Nullable UUID clientId;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Membership() {
        this.subject = "";
        this.email = "";
        this.displayName = "";
        this.role = FirmRole.STAFF;
        this.status = MembershipStatus.INVITED;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public static Membership of(NewMember member, Instant at) {
        Membership m = new Membership();
        m.subject = member.subject();
        m.email = member.email();
        m.displayName = member.displayName();
        m.role = member.role();
        m.clientId = member.clientId();
        m.status = member.status();
        m.createdAt = at;
        m.updatedAt = at;
        return m;
    }

    public void changeRole(FirmRole newRole, @Nullable UUID newClientId, Instant at) {
        this.role = newRole;
        this.clientId = newRole == FirmRole.CLIENT ? newClientId : null;
        this.updatedAt = at;
    }

    /** A deactivated member is invited back, in the role they had: a new role is an admin's explicit change. */
    public void reinvite(Instant at) {
        this.status = MembershipStatus.INVITED;
        this.updatedAt = at;
    }

    public void activate(Instant at) {
        this.status = MembershipStatus.ACTIVE;
        this.updatedAt = at;
    }

    public void deactivate(Instant at) {
        this.status = MembershipStatus.DEACTIVATED;
        this.updatedAt = at;
    }

    public FirmRole role() {
        return role;
    }

    public MembershipStatus status() {
        return status;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public MembershipView toView() {
        return new MembershipView(tenantId(), id(), subject, email, displayName, role, clientId, status);
    }
}
