package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Someone who signs a contract, for the client or for the firm, at a position in the signing order. */
@Entity
@Table(name = "contract_signatory")
class ContractSignatory extends TenantOwnedEntity {

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(updatable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SignatorySide side;
    @Column(name = "contact_id", updatable = false)
    private @Nullable UUID contactId;
    @Column(name = "member_subject", updatable = false)
    private @Nullable String memberSubject;
    private String name;
    private @Nullable String email;
    @Enumerated(EnumType.STRING)
    private SignatoryStatus status;
    @Column(name = "signed_at")
    private @Nullable Instant signedAt;
    @Column(name = "signed_by")
    private @Nullable String signedBy;
    @Column(name = "decline_reason")
    private @Nullable String declineReason;

    protected ContractSignatory() {
        this.contractId = new UUID(0, 0);
        this.side = SignatorySide.CLIENT;
        this.name = "";
        this.status = SignatoryStatus.PENDING;
    }

    public static ContractSignatory of(UUID contractId, int position, SignatorySide side, @Nullable UUID contactId,
            @Nullable String memberSubject, String name, @Nullable String email) {
        ContractSignatory s = new ContractSignatory();
        s.contractId = contractId;
        s.position = position;
        s.side = side;
        s.contactId = contactId;
        s.memberSubject = memberSubject;
        s.name = name;
        s.email = email;
        return s;
    }

    /** The same person for a new version of the contract, not yet signed. */
    public ContractSignatory copyFor(UUID newContractId) {
        return of(newContractId, position, side, contactId, memberSubject, name, email);
    }

    void sign(@Nullable String subject, Instant at) {
        this.status = SignatoryStatus.SIGNED;
        this.signedBy = subject;
        this.signedAt = at;
    }

    void decline(String reason) {
        this.status = SignatoryStatus.DECLINED;
        this.declineReason = reason;
    }

    public UUID contractId() {
        return contractId;
    }

    public int position() {
        return position;
    }

    public SignatorySide side() {
        return side;
    }

    public @Nullable String memberSubject() {
        return memberSubject;
    }

    public String name() {
        return name;
    }

    public SignatoryStatus status() {
        return status;
    }

    public SignatoryView toView() {
        return new SignatoryView(id(), position, side, contactId, memberSubject, name, email, status, signedAt,
                declineReason);
    }
}
