package io.klien.contracts;

import java.util.List;

/**
 * One term an amendment changes and its new value, e.g. {@code TermChange.fee(Fee.fixed(...))}; the value's type is
 * the term's type in {@link ContractTerms}.
 */
public record TermChange(TermName term, Object value) {

    public TermChange {
        if (term == null || value == null) {
            throw new IllegalArgumentException("A term change names the term and gives its new value");
        }
        if (!term.valueType().isInstance(value)) {
            throw new IllegalArgumentException(term + " takes a " + term.valueType().getSimpleName());
        }
    }

    public static TermChange scope(List<ScopeItem> scope) {
        return new TermChange(TermName.SCOPE, List.copyOf(scope));
    }

    public static TermChange fee(Fee fee) {
        return new TermChange(TermName.FEE, fee);
    }

    public static TermChange payment(PaymentSchedule payment) {
        return new TermChange(TermName.PAYMENT, payment);
    }

    public static TermChange term(Term term) {
        return new TermChange(TermName.TERM, term);
    }

    public static TermChange quotas(List<Quota> quotas) {
        return new TermChange(TermName.QUOTAS, List.copyOf(quotas));
    }

    public static TermChange penalties(Penalties penalties) {
        return new TermChange(TermName.PENALTIES, penalties);
    }

    public static TermChange termination(Termination termination) {
        return new TermChange(TermName.TERMINATION, termination);
    }

    public static TermChange confidential(boolean confidential) {
        return new TermChange(TermName.CONFIDENTIAL, confidential);
    }

    public static TermChange exclusive(boolean exclusive) {
        return new TermChange(TermName.EXCLUSIVE, exclusive);
    }

    /** The terms with this change made. */
    public ContractTerms applyTo(ContractTerms terms) {
        return term.with(terms, value);
    }
}
