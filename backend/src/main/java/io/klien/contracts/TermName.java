package io.klien.contracts;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The terms of a contract an amendment can change, one name per part of {@link ContractTerms}. */
public enum TermName {
    SCOPE, FEE, PAYMENT, TERM, QUOTAS, PENALTIES, TERMINATION, CONFIDENTIAL, EXCLUSIVE, SERVICE_LEVEL;

    /** The type of this term's value. */
    public Class<?> valueType() {
        return switch (this) {
            case SCOPE, QUOTAS -> List.class;
            case FEE -> Fee.class;
            case PAYMENT -> PaymentSchedule.class;
            case TERM -> Term.class;
            case PENALTIES -> Penalties.class;
            case TERMINATION -> Termination.class;
            case CONFIDENTIAL, EXCLUSIVE -> Boolean.class;
            case SERVICE_LEVEL -> ServiceLevel.class;
        };
    }

    /** This term's value in the terms. */
    public Object valueIn(ContractTerms terms) {
        return switch (this) {
            case SCOPE -> terms.scope();
            case FEE -> terms.fee();
            case PAYMENT -> terms.payment();
            case TERM -> terms.term();
            case QUOTAS -> terms.quotas();
            case PENALTIES -> terms.penalties();
            case TERMINATION -> terms.termination();
            case CONFIDENTIAL -> terms.confidential();
            case EXCLUSIVE -> terms.exclusive();
            case SERVICE_LEVEL -> terms.serviceLevel();
        };
    }

    /** The terms with this term set to {@code value} (of the type {@link #valueIn} gives), the others unchanged. */
    @SuppressWarnings("unchecked")
    public ContractTerms with(ContractTerms t, Object value) {
        Objects.requireNonNull(value, "A changed term needs its new value");
        return switch (this) {
            case SCOPE -> new ContractTerms((List<ScopeItem>) value, t.fee(), t.payment(), t.term(), t.quotas(),
                    t.penalties(), t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case FEE -> new ContractTerms(t.scope(), (Fee) value, t.payment(), t.term(), t.quotas(), t.penalties(),
                    t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case PAYMENT -> new ContractTerms(t.scope(), t.fee(), (PaymentSchedule) value, t.term(), t.quotas(),
                    t.penalties(), t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case TERM -> new ContractTerms(t.scope(), t.fee(), t.payment(), (Term) value, t.quotas(), t.penalties(),
                    t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case QUOTAS -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), (List<Quota>) value,
                    t.penalties(), t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case PENALTIES -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                    (Penalties) value, t.termination(), t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case TERMINATION -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                    t.penalties(), (Termination) value, t.confidential(), t.exclusive(),
                    t.serviceLevel());
            case CONFIDENTIAL -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                    t.penalties(), t.termination(), (Boolean) value, t.exclusive(),
                    t.serviceLevel());
            case EXCLUSIVE -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                    t.penalties(), t.termination(), t.confidential(), (Boolean) value,
                    t.serviceLevel());
            case SERVICE_LEVEL -> t.withServiceLevel((ServiceLevel) value);
        };
    }

    /** {@code onto} with the named terms taken from {@code from}. */
    public static ContractTerms copy(Collection<TermName> names, ContractTerms from, ContractTerms onto) {
        ContractTerms out = onto;
        for (TermName name : names) {
            out = name.with(out, name.valueIn(from));
        }
        return out;
    }

    /** The terms whose values differ between the two. */
    public static Set<TermName> differing(ContractTerms a, ContractTerms b) {
        Set<TermName> out = EnumSet.noneOf(TermName.class);
        for (TermName name : values()) {
            if (!Objects.equals(name.valueIn(a), name.valueIn(b))) {
                out.add(name);
            }
        }
        return out;
    }

    /** As stored: the names in declaration order, comma-separated. */
    public static String joined(Collection<TermName> names) {
        return EnumSet.copyOf(names).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<TermName> parsed(String joined) {
        Set<TermName> out = EnumSet.noneOf(TermName.class);
        Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(TermName::valueOf)
                .forEach(out::add);
        return out;
    }
}
