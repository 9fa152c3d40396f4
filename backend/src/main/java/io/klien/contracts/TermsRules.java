package io.klien.contracts;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The rules terms must meet before a template or contract keeps them; each refusal names the input it is about
 * ({@code term.end}, {@code fee.amount}, {@code scope[0].title}, ...).
 */
public final class TermsRules {

    static final int MAX_DUE_DAYS = 365;
    static final int MAX_RENEWAL_MONTHS = 120;
    /** A service-level target longer than a working quarter (about 60 business days of 8 hours) is not a target. */
    static final int MAX_SLA_HOURS = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TermsRules() {
    }

    /** The terms with amounts and currencies normalised, or the first broken rule. */
    public static ContractTerms validated(ContractTerms terms) {
        if (terms == null) {
            throw DomainException.onField("terms", "contracts.terms.required");
        }
        List<ScopeItem> scope = scope(terms.scope());
        Fee fee = fee(terms.fee());
        String currency = currencyOf(fee);
        PaymentSchedule payment = terms.payment();
        if (payment == null || payment.invoicing() == null) {
            throw DomainException.onField("payment.invoicing", "contracts.terms.required-value");
        }
        if (payment.dueDays() < 0 || payment.dueDays() > MAX_DUE_DAYS) {
            throw DomainException.onField("payment.dueDays", "contracts.terms.days-range", 0, MAX_DUE_DAYS);
        }
        Term term = term(terms.term());
        long termDays = ChronoUnit.DAYS.between(term.start(), term.end());
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < terms.quotas().size(); i++) {
            quotas.add(quota("quotas[" + i + "]", terms.quotas().get(i), currency));
        }
        Penalties penalties = terms.penalties() == null ? Penalties.none() : terms.penalties();
        percent("penalties.latePaymentPercentPerMonth", penalties.latePaymentPercentPerMonth(), false);
        percent("penalties.lateDeliveryPercentPerWeek", penalties.lateDeliveryPercentPerWeek(), false);
        Termination termination = terms.termination();
        if (termination == null) {
            throw DomainException.onField("termination", "contracts.terms.required-value");
        }
        if (termination.noticeDays() < 0 || termination.noticeDays() > termDays) {
            throw DomainException.onField("termination.noticeDays", "contracts.terms.notice-longer-than-term",
                    termDays);
        }
        Money terminationFee = termination.fee() == null ? null
                : sameCurrency("termination.fee", termination.fee().validated("termination.fee"), currency);
        return new ContractTerms(scope, fee, payment, term, quotas, penalties,
                new Termination(termination.noticeDays(), terminationFee), terms.confidential(), terms.exclusive(),
                serviceLevel(terms.serviceLevel()));
    }

    /**
     * What the contract is worth for the approval threshold: the fixed fee, the retainer over the term (a year when
     * open-ended), the milestones' sum, the hourly rate times the hours quota, the fixed part of a success fee.
     */
    public static Money value(ContractTerms terms) {
        Fee fee = terms.fee();
        String currency = currencyOf(fee);
        BigDecimal amount = fee.amount() == null ? BigDecimal.ZERO : fee.amount().amount();
        BigDecimal value = switch (fee.model()) {
            case FIXED, SUCCESS_FEE -> amount;
            case MONTHLY_RETAINER -> amount.multiply(BigDecimal.valueOf(Math.max(1,
                    ChronoUnit.MONTHS.between(terms.term().start(), terms.term().end().plusDays(1)))));
            case MILESTONES -> fee.milestones().stream().map(m -> m.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case HOURLY -> amount.multiply(terms.quotas().stream().filter(q -> q.unit() == Quota.Unit.HOURS)
                    .map(Quota::amount).findFirst().orElse(BigDecimal.ONE));
        };
        return new Money(value, currency);
    }

    private static List<ScopeItem> scope(List<ScopeItem> items) {
        if (items.isEmpty()) {
            throw DomainException.onField("scope", "contracts.terms.scope-required");
        }
        List<ScopeItem> clean = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ScopeItem item = items.get(i);
            if (item.title() == null || item.title().isBlank()) {
                throw DomainException.onField("scope[" + i + "].title", "contracts.terms.required-value");
            }
            String description = item.description() == null || item.description().isBlank() ? null
                    : item.description().strip();
            clean.add(new ScopeItem(item.title().strip(), description, item.deliverable()));
        }
        return clean;
    }

    private static Fee fee(Fee fee) {
        if (fee == null || fee.model() == null) {
            throw DomainException.onField("fee.model", "contracts.terms.required-value");
        }
        return switch (fee.model()) {
            case FIXED, HOURLY, MONTHLY_RETAINER -> {
                if (fee.amount() == null) {
                    throw DomainException.onField("fee.amount", "contracts.terms.amount-positive");
                }
                yield new Fee(fee.model(), fee.amount().validated("fee.amount"), List.of(), null);
            }
            case MILESTONES -> {
                if (fee.milestones().isEmpty()) {
                    throw DomainException.onField("fee.milestones", "contracts.terms.milestones-required");
                }
                List<Milestone> milestones = new ArrayList<>();
                String currency = null;
                for (int i = 0; i < fee.milestones().size(); i++) {
                    Milestone m = fee.milestones().get(i);
                    String field = "fee.milestones[" + i + "]";
                    if (m.title() == null || m.title().isBlank()) {
                        throw DomainException.onField(field + ".title", "contracts.terms.required-value");
                    }
                    if (m.amount() == null) {
                        throw DomainException.onField(field + ".amount", "contracts.terms.amount-positive");
                    }
                    Money amount = m.amount().validated(field + ".amount");
                    currency = currency == null ? amount.currency() : currency;
                    milestones.add(new Milestone(m.title().strip(), sameCurrency(field + ".amount", amount, currency),
                            m.due()));
                }
                yield new Fee(FeeModel.MILESTONES, null, milestones, null);
            }
            case SUCCESS_FEE -> {
                percent("fee.successPercent", fee.successPercent(), true);
                Money fixedPart = fee.amount() == null ? null : fee.amount().validated("fee.amount");
                yield new Fee(FeeModel.SUCCESS_FEE, fixedPart, List.of(), fee.successPercent());
            }
        };
    }

    private static String currencyOf(Fee fee) {
        if (fee.amount() != null) {
            return fee.amount().currency();
        }
        return fee.milestones().isEmpty() ? "IDR" : fee.milestones().getFirst().amount().currency();
    }

    private static Term term(Term term) {
        if (term == null || term.start() == null) {
            throw DomainException.onField("term.start", "contracts.terms.required-value");
        }
        if (term.end() == null) {
            throw DomainException.onField("term.end", "contracts.terms.required-value");
        }
        if (!term.end().isAfter(term.start())) {
            throw DomainException.onField("term.end", "contracts.terms.end-before-start");
        }
        long days = ChronoUnit.DAYS.between(term.start(), term.end());
        if (!term.autoRenew()) {
            return Term.fixed(term.start(), term.end());
        }
        if (term.renewalMonths() < 1 || term.renewalMonths() > MAX_RENEWAL_MONTHS) {
            throw DomainException.onField("term.renewalMonths", "contracts.terms.renewal-months", MAX_RENEWAL_MONTHS);
        }
        if (term.noticeDays() < 0 || term.noticeDays() > days) {
            throw DomainException.onField("term.noticeDays", "contracts.terms.notice-longer-than-term", days);
        }
        return term;
    }

    /** Each priority at most once, most urgent first; a first response within the resolution time. */
    private static ServiceLevel serviceLevel(ServiceLevel level) {
        java.util.Set<ServiceLevel.Priority> seen = java.util.EnumSet.noneOf(ServiceLevel.Priority.class);
        for (int i = 0; i < level.targets().size(); i++) {
            ServiceLevel.Target target = level.targets().get(i);
            String field = "serviceLevel.targets[" + i + "]";
            if (target.priority() == null) {
                throw DomainException.onField(field + ".priority", "contracts.terms.required-value");
            }
            if (!seen.add(target.priority())) {
                throw DomainException.onField(field + ".priority", "contracts.terms.sla-priority-twice");
            }
            if (target.firstResponseHours() < 1 || target.firstResponseHours() > MAX_SLA_HOURS) {
                throw DomainException.onField(field + ".firstResponseHours", "contracts.terms.sla-hours-range",
                        MAX_SLA_HOURS);
            }
            if (target.resolutionHours() < 1 || target.resolutionHours() > MAX_SLA_HOURS) {
                throw DomainException.onField(field + ".resolutionHours", "contracts.terms.sla-hours-range",
                        MAX_SLA_HOURS);
            }
            if (target.resolutionHours() < target.firstResponseHours()) {
                throw DomainException.onField(field + ".resolutionHours", "contracts.terms.sla-resolution-first");
            }
        }
        return new ServiceLevel(level.targets().stream()
                .sorted(java.util.Comparator.comparing(ServiceLevel.Target::priority).reversed()).toList());
    }

    private static Quota quota(String field, Quota quota, String currency) {
        if (quota.unit() == null || quota.per() == null || quota.overage() == null) {
            throw DomainException.onField(field + ".unit", "contracts.terms.required-value");
        }
        if (quota.amount() == null || quota.amount().signum() <= 0) {
            throw DomainException.onField(field + ".amount", "contracts.terms.amount-positive");
        }
        if (quota.overage() != Quota.Overage.BILLED_AT_RATE) {
            return new Quota(quota.amount(), quota.unit(), quota.per(), quota.overage(), null);
        }
        if (quota.overageRate() == null) {
            throw DomainException.onField(field + ".overageRate", "contracts.terms.overage-rate-required");
        }
        Money rate = sameCurrency(field + ".overageRate", quota.overageRate().validated(field + ".overageRate"),
                currency);
        return new Quota(quota.amount(), quota.unit(), quota.per(), quota.overage(), rate);
    }

    private static void percent(String field, @Nullable BigDecimal percent, boolean required) {
        if (percent == null) {
            if (required) {
                throw DomainException.onField(field, "contracts.terms.percent-range");
            }
            return;
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw DomainException.onField(field, "contracts.terms.percent-range");
        }
    }

    private static Money sameCurrency(String field, Money money, String currency) {
        if (!money.currency().equals(currency)) {
            throw DomainException.onField(field, "contracts.terms.currency-mismatch", money.currency(), currency);
        }
        return money;
    }
}
