package io.klien.contracts;

import java.util.List;

/**
 * The structured terms of a contract: what the firm does, for what fee and how it is paid, for how long, what the fee
 * covers, penalties, how it ends, whether it is confidential or exclusive, and the support it promises. Validated by
 * {@link TermsRules}.
 */
public record ContractTerms(List<ScopeItem> scope, Fee fee, PaymentSchedule payment, Term term, List<Quota> quotas,
        Penalties penalties, Termination termination, boolean confidential, boolean exclusive,
        ServiceLevel serviceLevel) {

    public ContractTerms {
        scope = scope == null ? List.of() : List.copyOf(scope);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        serviceLevel = serviceLevel == null ? ServiceLevel.NONE : serviceLevel;
    }

    /** Terms that promise no service level (support requests get the firm's defaults). */
    public ContractTerms(List<ScopeItem> scope, Fee fee, PaymentSchedule payment, Term term, List<Quota> quotas,
            Penalties penalties, Termination termination, boolean confidential, boolean exclusive) {
        this(scope, fee, payment, term, quotas, penalties, termination, confidential, exclusive, ServiceLevel.NONE);
    }

    public ContractTerms withServiceLevel(ServiceLevel level) {
        return new ContractTerms(scope, fee, payment, term, quotas, penalties, termination, confidential, exclusive,
                level);
    }
}
