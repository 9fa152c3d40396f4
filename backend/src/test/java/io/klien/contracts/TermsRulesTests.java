package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import io.klien.contracts.PaymentSchedule.Invoicing;
import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Terms are refused with the input they are about; good terms come back normalised. */
class TermsRulesTests {

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    static ContractTerms goodTerms() {
        return new ContractTerms(List.of(new ScopeItem("Monthly bookkeeping", null, false)),
                Fee.monthlyRetainer(Money.of(15_000_000, "IDR")), new PaymentSchedule(Invoicing.MONTHLY_IN_ADVANCE, 14),
                Term.autoRenewing(START, START.plusYears(1), 12, 30),
                List.of(new Quota(BigDecimal.valueOf(40), Quota.Unit.HOURS, Quota.Period.MONTH,
                        Quota.Overage.BILLED_AT_RATE, Money.of(500_000, "IDR"))),
                new Penalties(new BigDecimal("2"), null), new Termination(30, Money.of(15_000_000, "IDR")), true,
                false);
    }

    static ContractTerms with(UnaryOperator<ContractTerms> change) {
        return change.apply(goodTerms());
    }

    @Test
    void goodTermsPassAndRupiahKeepNoDecimals() {
        ContractTerms clean = TermsRules.validated(with(t -> new ContractTerms(t.scope(),
                Fee.fixed(new Money(new BigDecimal("25000000.00"), "idr")), t.payment(), t.term(), t.quotas(),
                t.penalties(), t.termination(), t.confidential(), t.exclusive())));

        assertThat(clean.fee().amount()).isEqualTo(new Money(new BigDecimal("25000000"), "IDR"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEnd() {
        refused(with(t -> replaceTerm(t, Term.fixed(START, START.minusDays(1)))), "term.end",
                "contracts.terms.end-before-start");
        refused(with(t -> replaceTerm(t, Term.fixed(START, START))), "term.end", "contracts.terms.end-before-start");
    }

    @Test
    void aNegativeOrZeroFeeIsRefused() {
        refused(with(t -> replaceFee(t, Fee.fixed(Money.of(-5, "IDR")))), "fee.amount",
                "contracts.terms.amount-positive");
        refused(with(t -> replaceFee(t, Fee.hourly(Money.of(0, "USD")))), "fee.amount",
                "contracts.terms.amount-positive");
    }

    @Test
    void aFractionOfARupiahIsAMinorUnitMistake() {
        refused(with(t -> replaceFee(t, Fee.fixed(new Money(new BigDecimal("1500000.50"), "IDR")))), "fee.amount",
                "contracts.terms.amount-decimals");
        assertThat(TermsRules.validated(with(t -> replaceFee(t, Fee.fixed(new Money(new BigDecimal("120.50"),
                "USD"))))).fee().amount().amount()).isEqualByComparingTo("120.50");
        refused(with(t -> replaceFee(t, Fee.fixed(new Money(new BigDecimal("120.505"), "USD")))), "fee.amount",
                "contracts.terms.amount-decimals");
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        refused(with(t -> replaceFee(t, Fee.fixed(Money.of(100, "XYZ1")))), "fee.amount.currency",
                "contracts.terms.currency-unknown");
    }

    @Test
    void amountsInAnotherCurrencyThanTheFeeAreRefused() {
        refused(with(t -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(), t.penalties(),
                new Termination(30, Money.of(100, "USD")), false, false)), "termination.fee",
                "contracts.terms.currency-mismatch");
    }

    @Test
    void noticeLongerThanTheTermIsRefused() {
        refused(with(t -> replaceTerm(t, Term.autoRenewing(START, START.plusDays(20), 1, 30))), "term.noticeDays",
                "contracts.terms.notice-longer-than-term");
        refused(with(t -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(), t.penalties(),
                new Termination(400, null), false, false)), "termination.noticeDays",
                "contracts.terms.notice-longer-than-term");
    }

    @Test
    void percentsOutOfRangeAreRefused() {
        refused(with(t -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                new Penalties(new BigDecimal("101"), null), t.termination(), false, false)),
                "penalties.latePaymentPercentPerMonth", "contracts.terms.percent-range");
        refused(with(t -> replaceFee(t, new Fee(FeeModel.SUCCESS_FEE, null, List.of(), BigDecimal.ZERO))),
                "fee.successPercent", "contracts.terms.percent-range");
        assertThat(TermsRules.validated(with(t -> replaceFee(t, new Fee(FeeModel.SUCCESS_FEE, null, List.of(),
                new BigDecimal("12.5"))))).fee().successPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void atLeastOneScopeItemWithATitle() {
        refused(with(t -> new ContractTerms(List.of(), t.fee(), t.payment(), t.term(), t.quotas(), t.penalties(),
                t.termination(), false, false)), "scope", "contracts.terms.scope-required");
        refused(with(t -> new ContractTerms(List.of(new ScopeItem(" ", null, true)), t.fee(), t.payment(), t.term(),
                t.quotas(), t.penalties(), t.termination(), false, false)), "scope[0].title",
                "contracts.terms.required-value");
    }

    @Test
    void milestonesNeedAmountsAndAQuotaBilledAboveNeedsARate() {
        refused(with(t -> replaceFee(t, new Fee(FeeModel.MILESTONES, null, List.of(), null))), "fee.milestones",
                "contracts.terms.milestones-required");
        refused(with(t -> replaceFee(t, new Fee(FeeModel.MILESTONES, null, List.of(
                new Milestone("Concept", Money.of(10, "IDR"), null), new Milestone("Final", Money.of(-1, "IDR"), null)),
                null))), "fee.milestones[1].amount", "contracts.terms.amount-positive");
        refused(with(t -> new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), List.of(new Quota(
                BigDecimal.valueOf(3), Quota.Unit.REVISION_ROUNDS, Quota.Period.CONTRACT, Quota.Overage.BILLED_AT_RATE,
                null)), t.penalties(), t.termination(), false, false)), "quotas[0].overageRate",
                "contracts.terms.overage-rate-required");
    }

    @Test
    void theValueForApprovalFollowsTheFeeModel() {
        assertThat(TermsRules.value(TermsRules.validated(goodTerms())).amount())
                .isEqualByComparingTo(BigDecimal.valueOf(15_000_000L * 12));
        assertThat(TermsRules.value(TermsRules.validated(with(t -> replaceFee(t, new Fee(FeeModel.MILESTONES, null,
                List.of(new Milestone("A", Money.of(10_000_000, "IDR"), null),
                        new Milestone("B", Money.of(5_000_000, "IDR"), null)), null))))).amount())
                .isEqualByComparingTo(BigDecimal.valueOf(15_000_000));
    }

    static ContractTerms replaceTerm(ContractTerms t, Term term) {
        return new ContractTerms(t.scope(), t.fee(), t.payment(), term, t.quotas(), t.penalties(),
                new Termination(0, null), t.confidential(), t.exclusive());
    }

    static ContractTerms replaceFee(ContractTerms t, Fee fee) {
        return new ContractTerms(t.scope(), fee, t.payment(), t.term(), List.of(), t.penalties(),
                new Termination(30, null), t.confidential(), t.exclusive());
    }

    static ServiceLevel sla(ServiceLevel.Target... targets) {
        return new ServiceLevel(List.of(targets));
    }

    static ServiceLevel.Target target(ServiceLevel.Priority priority, int firstResponse, int resolution) {
        return new ServiceLevel.Target(priority, firstResponse, resolution);
    }

    @Test
    void aServiceLevelNamesEachPriorityOnceWithAResponseWithinTheResolutionMostUrgentFirst() {
        ContractTerms clean = TermsRules.validated(with(t -> t.withServiceLevel(sla(
                target(ServiceLevel.Priority.NORMAL, 8, 40), target(ServiceLevel.Priority.URGENT, 1, 8)))));
        assertThat(clean.serviceLevel().targets()).extracting(ServiceLevel.Target::priority)
                .containsExactly(ServiceLevel.Priority.URGENT, ServiceLevel.Priority.NORMAL);
        assertThat(TermsRules.validated(goodTerms()).serviceLevel()).isEqualTo(ServiceLevel.NONE);

        refused(with(t -> t.withServiceLevel(sla(target(ServiceLevel.Priority.HIGH, 4, 16),
                target(ServiceLevel.Priority.HIGH, 2, 8)))), "serviceLevel.targets[1].priority",
                "contracts.terms.sla-priority-twice");
        refused(with(t -> t.withServiceLevel(sla(target(ServiceLevel.Priority.LOW, 0, 16)))),
                "serviceLevel.targets[0].firstResponseHours", "contracts.terms.sla-hours-range");
        refused(with(t -> t.withServiceLevel(sla(target(ServiceLevel.Priority.LOW, 4, TermsRules.MAX_SLA_HOURS + 1)))),
                "serviceLevel.targets[0].resolutionHours", "contracts.terms.sla-hours-range");
        refused(with(t -> t.withServiceLevel(sla(target(ServiceLevel.Priority.LOW, 16, 4)))),
                "serviceLevel.targets[0].resolutionHours", "contracts.terms.sla-resolution-first");
        refused(with(t -> t.withServiceLevel(sla(target(null, 1, 4)))),
                "serviceLevel.targets[0].priority", "contracts.terms.required-value");
    }

    @Test
    void termsStoredBeforeServiceLevelsExistedReadAsPromisingNone() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        var stored = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(
                goodTerms().withServiceLevel(sla(target(ServiceLevel.Priority.HIGH, 4, 16))));
        assertThat(json.treeToValue(stored, ContractTerms.class).serviceLevel().target(ServiceLevel.Priority.HIGH))
                .isPresent();

        stored.remove("serviceLevel");
        ContractTerms read = json.treeToValue(stored, ContractTerms.class);
        assertThat(read.serviceLevel()).isEqualTo(ServiceLevel.NONE);
        assertThat(read.term()).isEqualTo(goodTerms().term());
    }

    @Test
    void anAmendmentOfTheServiceLevelChangesNothingElseAndOtherChangesKeepIt() {
        ContractTerms withSla = goodTerms().withServiceLevel(sla(target(ServiceLevel.Priority.URGENT, 2, 8)));
        ContractTerms amended = TermName.SERVICE_LEVEL.with(withSla, sla(target(ServiceLevel.Priority.URGENT, 1, 4)));

        assertThat(TermName.differing(withSla, amended)).containsExactly(TermName.SERVICE_LEVEL);
        assertThat(TermName.FEE.with(withSla, Fee.fixed(Money.of(1_000_000, "IDR"))).serviceLevel())
                .isEqualTo(withSla.serviceLevel());
        assertThat(TermName.copy(java.util.Set.of(TermName.SERVICE_LEVEL), amended, goodTerms()).serviceLevel())
                .isEqualTo(amended.serviceLevel());
    }

    private static void refused(ContractTerms terms, String field, String key) {
        assertThatThrownBy(() -> TermsRules.validated(terms)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).contains(field);
        });
    }
}
