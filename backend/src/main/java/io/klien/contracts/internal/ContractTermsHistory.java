package io.klien.contracts.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.klien.contracts.ContractTerms;
import io.klien.contracts.TermName;
import io.klien.contracts.TermsAmendment;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A contract's terms before and after a signed amendment changed them (append-only: one row per amendment). */
@Entity
@Immutable
@Table(name = "contract_terms_history")
class ContractTermsHistory extends TenantOwnedEntity {

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;
    @Column(name = "amendment_id", updatable = false)
    private UUID amendmentId;
    @Column(name = "changed_terms", updatable = false)
    private String changedTerms;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_before", updatable = false)
    private ContractTerms termsBefore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_after", updatable = false)
    private ContractTerms termsAfter;
    @Column(name = "amended_by", updatable = false)
    private @Nullable String amendedBy;
    @Column(name = "amended_at", updatable = false)
    private Instant amendedAt;

    protected ContractTermsHistory() {
        this.contractId = new UUID(0, 0);
        this.amendmentId = new UUID(0, 0);
        this.changedTerms = "";
        this.termsBefore = null;
        this.termsAfter = null;
        this.amendedAt = Instant.EPOCH;
    }

    public static ContractTermsHistory of(UUID contractId, UUID amendmentId, Set<TermName> changed,
            ContractTerms before, ContractTerms after, @Nullable String amendedBy, Instant at) {
        ContractTermsHistory h = new ContractTermsHistory();
        h.contractId = contractId;
        h.amendmentId = amendmentId;
        h.changedTerms = TermName.joined(changed);
        h.termsBefore = before;
        h.termsAfter = after;
        h.amendedBy = amendedBy;
        h.amendedAt = at;
        return h;
    }

    public TermsAmendment toView() {
        return new TermsAmendment(contractId, amendmentId, TermName.parsed(changedTerms), termsBefore, termsAfter,
                amendedBy, amendedAt);
    }
}
