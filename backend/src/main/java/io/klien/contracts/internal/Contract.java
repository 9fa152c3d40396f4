package io.klien.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.contracts.ContractKind;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.TermName;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A contract for a client: its own copy of the body and terms, its status, approval and signing. The methods guard
 * the rules: only a draft changes; a draft above the firm's threshold is sent only once approved; nobody signs a
 * voided or expired contract, nor out of turn when the order is sequential.
 */
@Entity
@Table(name = "contract")
class Contract extends TenantOwnedEntity {

    @Column(name = "lineage_id", updatable = false)
    private UUID lineageId;
    @Column(updatable = false)
    private int revision;
    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "template_version_id", updatable = false)
    private @Nullable UUID templateVersionId;
    private String title;
    private String body;
    @JdbcTypeCode(SqlTypes.JSON)
    private ContractTerms terms;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "signing_order")
    private SigningOrder signingOrder;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "approved_by")
    private @Nullable String approvedBy;
    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;
    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;
    @Column(name = "void_reason")
    private @Nullable String voidReason;
    @Column(name = "replaced_by")
    private @Nullable UUID replacedBy;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;
    @Column(name = "signed_at")
    private @Nullable Instant signedAt;
    @Column(name = "terminated_at")
    private @Nullable Instant terminatedAt;
    @Column(name = "terminated_by")
    private @Nullable String terminatedBy;
    @Column(name = "termination_reason")
    private @Nullable String terminationReason;
    @Column(name = "termination_effective")
    private @Nullable LocalDate terminationEffective;
    @Column(name = "period_end")
    private @Nullable LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ContractKind kind = ContractKind.CONTRACT;
    @Column(name = "amends_id", updatable = false)
    private @Nullable UUID amendsId;
    @Column(name = "amended_terms")
    private @Nullable String amendedTerms;

    protected Contract() {
        this.lineageId = new UUID(0, 0);
        this.clientId = new UUID(0, 0);
        this.title = "";
        this.body = "";
        this.terms = null;
        this.status = ContractStatus.DRAFT;
        this.signingOrder = SigningOrder.PARALLEL;
        this.expiresOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    /** A first draft; {@code previous} is the voided version this one continues, if any. */
    public static Contract draft(UUID clientId, @Nullable UUID templateVersionId, @Nullable Contract previous,
            String title, String body, ContractTerms terms, SigningOrder order, LocalDate expiresOn,
            @Nullable String createdBy, Instant at) {
        Contract c = new Contract();
        c.lineageId = previous == null ? c.id() : previous.lineageId;
        c.revision = previous == null ? 1 : previous.revision + 1;
        c.clientId = clientId;
        c.templateVersionId = templateVersionId;
        c.title = title;
        c.body = body;
        c.terms = terms;
        c.signingOrder = order;
        c.expiresOn = expiresOn;
        c.createdBy = createdBy;
        c.createdAt = at;
        if (previous != null && previous.kind == ContractKind.AMENDMENT) {
            // the next version of an amendment is still that amendment
            c.kind = ContractKind.AMENDMENT;
            c.amendsId = previous.amendsId;
            c.amendedTerms = previous.amendedTerms;
        }
        return c;
    }

    /**
     * A first draft of an amendment to {@code original} (a contract in force, not itself an amendment): its terms are
     * the original's with the changed ones, the terms it changes named.
     */
    public static Contract amendment(Contract original, String title, String body, ContractTerms terms,
            Set<TermName> changed, LocalDate expiresOn, @Nullable String createdBy, Instant at) {
        original.requireAmendable();
        if (changed.isEmpty()) {
            throw new DomainException("contracts.amend.no-change");
        }
        Contract c = draft(original.clientId, original.templateVersionId, null, title, body, terms,
                original.signingOrder, expiresOn, createdBy, at);
        c.kind = ContractKind.AMENDMENT;
        c.amendsId = original.id();
        c.amendedTerms = TermName.joined(changed);
        return c;
    }

    /** Refuses unless this is a contract in force that is not itself an amendment. */
    public void requireAmendable() {
        if (kind == ContractKind.AMENDMENT) {
            throw new DomainException("contracts.amend.of-amendment");
        }
        if (!status.inForce()) {
            throw new DomainException("contracts.amend.not-in-force");
        }
    }

    /** A draft amendment names again which terms it changes after an edit; it must still change one. */
    public void amendsTerms(Set<TermName> changed) {
        if (kind != ContractKind.AMENDMENT) {
            return;
        }
        if (changed.isEmpty()) {
            throw new DomainException("contracts.amend.no-change");
        }
        this.amendedTerms = TermName.joined(changed);
    }

    /**
     * A signed amendment takes effect: the current terms become {@code amended}. Refused unless the contract is still
     * in force. A changed term (dates) starts the running period afresh from the new term.
     */
    public void amendTerms(ContractTerms amended) {
        requireAmendable();
        if (!amended.term().equals(terms.term())) {
            this.periodEnd = null;
        }
        this.terms = amended;
    }

    /** Changes a draft (a sent contract is voided and redrafted by the service instead); any approval lapses. */
    public void revise(String newTitle, String newBody, ContractTerms newTerms, SigningOrder order,
            LocalDate newExpiry) {
        requireStatus("contracts.edit.not-draft", ContractStatus.DRAFT);
        this.title = newTitle;
        this.body = newBody;
        this.terms = newTerms;
        this.signingOrder = order;
        this.expiresOn = newExpiry;
        this.approvedBy = null;
        this.approvedAt = null;
    }

    public void requestApproval() {
        requireStatus("contracts.approval.not-draft", ContractStatus.DRAFT);
        this.status = ContractStatus.AWAITING_APPROVAL;
        this.rejectionReason = null;
    }

    public void approve(String admin, Instant at) {
        requireStatus("contracts.approval.not-awaiting", ContractStatus.AWAITING_APPROVAL);
        this.status = ContractStatus.DRAFT;
        this.approvedBy = admin;
        this.approvedAt = at;
    }

    public void reject(String reason) {
        requireStatus("contracts.approval.not-awaiting", ContractStatus.AWAITING_APPROVAL);
        this.status = ContractStatus.DRAFT;
        this.rejectionReason = reason;
    }

    /** Out to the signatories; refused above the threshold without approval, or when the offer has already expired. */
    public void send(boolean needsApproval, int signatories, LocalDate today, Instant at) {
        if (status == ContractStatus.AWAITING_APPROVAL) {
            throw new DomainException("contracts.approval.pending");
        }
        requireStatus("contracts.send.not-draft", ContractStatus.DRAFT);
        if (needsApproval && approvedAt == null) {
            throw new DomainException("contracts.approval.required");
        }
        if (signatories == 0) {
            throw DomainException.onField("signatories", "contracts.signatories.required");
        }
        if (expiresOn.isBefore(today)) {
            throw DomainException.onField("expiresOn", "contracts.expiry.past");
        }
        this.status = ContractStatus.SENT;
        this.sentAt = at;
    }

    /**
     * Records the signatory's signature; the contract is signed when the last one signs, and active at once when its
     * term has started.
     */
    public void sign(ContractSignatory signatory, List<ContractSignatory> all, @Nullable String subject,
            LocalDate today, Instant at) {
        if (status == ContractStatus.VOIDED) {
            throw new DomainException("contracts.sign.voided");
        }
        if (status == ContractStatus.EXPIRED || (status.outForSignature() && expiresOn.isBefore(today))) {
            throw new DomainException("contracts.sign.expired", expiresOn);
        }
        if (!status.outForSignature()) {
            throw new DomainException("contracts.sign.not-sent");
        }
        if (signatory.status() != SignatoryStatus.PENDING) {
            throw new DomainException("contracts.sign.already", signatory.name());
        }
        if (signingOrder == SigningOrder.SEQUENTIAL) {
            all.stream().filter(s -> s.position() < signatory.position() && s.status() != SignatoryStatus.SIGNED)
                    .min(Comparator.comparingInt(ContractSignatory::position)).ifPresent(waiting -> {
                        throw new DomainException("contracts.sign.out-of-order", waiting.name());
                    });
        }
        signatory.sign(subject, at);
        boolean everyone = all.stream().allMatch(s -> s.status() == SignatoryStatus.SIGNED);
        if (!everyone) {
            this.status = ContractStatus.PARTIALLY_SIGNED;
            return;
        }
        this.signedAt = at;
        this.status = terms.term().start().isAfter(today) ? ContractStatus.SIGNED : ContractStatus.ACTIVE;
    }

    /** A signatory declines: the contract is voided with the reason. */
    public void decline(ContractSignatory signatory, String reason) {
        if (!status.outForSignature() || signatory.status() != SignatoryStatus.PENDING) {
            throw new DomainException("contracts.sign.not-sent");
        }
        signatory.decline(reason);
        voidWith("declined: " + reason, null);
    }

    /** Withdrawn before everyone signed, or replaced by an edited version. */
    public void voidWith(String reason, @Nullable UUID replacement) {
        if (status == ContractStatus.VOIDED || status.inForce() || status == ContractStatus.EXPIRED
                || status == ContractStatus.TERMINATED) {
            throw new DomainException("contracts.void.not-open");
        }
        this.status = ContractStatus.VOIDED;
        this.voidReason = reason;
        this.replacedBy = replacement;
    }

    public void terminate(String by, String reason, LocalDate effective, Instant at) {
        if (kind == ContractKind.AMENDMENT) {
            throw new DomainException("contracts.amend.terminate-original");
        }
        if (!status.inForce()) {
            throw new DomainException("contracts.terminate.not-in-force");
        }
        if (effective.isBefore(terms.term().start())) {
            throw DomainException.onField("effective", "contracts.terminate.before-start");
        }
        this.status = ContractStatus.TERMINATED;
        this.terminatedBy = by;
        this.terminatedAt = at;
        this.terminationReason = reason;
        this.terminationEffective = effective;
    }

    /**
     * Moves a contract in force along the calendar on {@code today}: a signed contract whose start has come is active;
     * within {@code expiringDays} of its end (of the notice deadline when it auto-renews) it is expiring; a fixed term
     * past its end has expired; an auto-renewing term past its notice deadline rolls on for another period. Returns
     * the new period end when a period rolled over, else null.
     */
    public @Nullable LocalDate advance(LocalDate today, int expiringDays) {
        if (!status.inForce()) {
            return null;
        }
        if (status == ContractStatus.SIGNED) {
            if (terms.term().start().isAfter(today)) {
                return null;
            }
            this.status = ContractStatus.ACTIVE;
        }
        LocalDate end = periodEnd != null ? periodEnd : terms.term().end();
        if (end == null) {
            return null;
        }
        LocalDate rolled = null;
        if (terms.term().autoRenew() && terms.term().renewalMonths() > 0) {
            while (today.isAfter(end.minusDays(terms.term().noticeDays()))) {
                end = end.plusMonths(terms.term().renewalMonths());
                rolled = end;
            }
            if (rolled != null) {
                this.periodEnd = rolled;
                this.status = ContractStatus.ACTIVE;
            }
            LocalDate deadline = end.minusDays(terms.term().noticeDays());
            if (!today.isBefore(deadline.minusDays(expiringDays))) {
                this.status = ContractStatus.EXPIRING;
            }
            return rolled;
        }
        if (today.isAfter(end)) {
            this.status = ContractStatus.EXPIRED;
        } else if (!today.isBefore(end.minusDays(expiringDays))) {
            this.status = ContractStatus.EXPIRING;
        }
        return null;
    }

    /** The end of the running period: the term's end until an auto-renewing term rolls over. */
    public @Nullable LocalDate periodEnd() {
        return periodEnd != null ? periodEnd : terms.term().end();
    }

    private void requireStatus(String refusal, ContractStatus... allowed) {
        for (ContractStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainException(refusal, status);
    }

    public UUID clientId() {
        return clientId;
    }

    public @Nullable UUID templateVersionId() {
        return templateVersionId;
    }

    public ContractStatus status() {
        return status;
    }

    public ContractTerms terms() {
        return terms;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public SigningOrder signingOrder() {
        return signingOrder;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Who drafted this version (the staff member responsible for it), if a person did. */
    public @Nullable String createdBy() {
        return createdBy;
    }

    public ContractKind kind() {
        return kind;
    }

    public boolean isAmendment() {
        return kind == ContractKind.AMENDMENT;
    }

    public @Nullable UUID amendsId() {
        return amendsId;
    }

    /** The terms an amendment changes (empty for a contract of its own). */
    public Set<TermName> amendedTerms() {
        return amendedTerms == null ? Set.of() : TermName.parsed(amendedTerms);
    }

    public boolean wasSent() {
        return sentAt != null;
    }

    public ContractView toView(List<ContractSignatory> signatories) {
        return new ContractView(id(), lineageId, revision, clientId, templateVersionId, title, body, terms, status,
                signingOrder, expiresOn, approvedBy, rejectionReason, voidReason, replacedBy, sentAt, signedAt,
                terminationReason, terminationEffective,
                signatories.stream().map(ContractSignatory::toView).toList(), version());
    }
}
