package io.klien.contracts;

import java.util.List;

/**
 * The structured terms of a contract: what the firm does, for what fee and how it is paid, for how long, what the fee
 * covers, penalties, how it ends, and whether it is confidential or exclusive. Validated by {@link TermsRules}.
 */
public record ContractTerms(List<ScopeItem> scope, Fee fee, PaymentSchedule payment, Term term, List<Quota> quotas,
        Penalties penalties, Termination termination, boolean confidential, boolean exclusive) {

    public ContractTerms {
        scope = scope == null ? List.of() : List.copyOf(scope);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
