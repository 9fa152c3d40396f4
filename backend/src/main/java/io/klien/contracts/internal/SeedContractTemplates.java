package io.klien.contracts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.Fee;
import io.klien.contracts.FeeModel;
import io.klien.contracts.Milestone;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.PaymentSchedule.Invoicing;
import io.klien.contracts.Penalties;
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.ServiceLevel;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.shared.SeedTexts;
import io.klien.tenancy.TenantKind;

/**
 * The contract template a firm starts with, by its kind, in its language: the body from
 * {@code contract-templates/<kind>[_id].md}, names and scope from {@code seed-texts/contracts*.properties}, default
 * terms in rupiah starting on the day it is seeded.
 */
final class SeedContractTemplates {

    private SeedContractTemplates() {
    }

    static ContractTemplateDefinition forKind(TenantKind kind, String firmLocale, LocalDate today) {
        SeedTexts texts = SeedTexts.of("contracts", firmLocale);
        boolean indonesian = "id".equals(Locale.forLanguageTag(firmLocale).getLanguage());
        String key = switch (kind) {
            case LAW_FIRM -> "law";
            case MARKETING_AGENCY -> "agency";
            case ACCOUNTING_FIRM -> "accounting";
            case DESIGN_STUDIO -> "design";
            default -> "general";
        };
        ContractTemplateDefinition english = switch (key) {
            case "law" -> law(today);
            case "agency" -> agency(today);
            case "accounting" -> accounting(today);
            case "design" -> design(today);
            default -> general(today);
        };
        ContractTerms t = english.terms();
        List<ScopeItem> scope = java.util.stream.IntStream.range(0, t.scope().size()).mapToObj(i -> {
            ScopeItem s = t.scope().get(i);
            String prefix = key + ".scope." + (i + 1);
            return new ScopeItem(texts.text(prefix, s.title()), texts.text(prefix + ".description", s.description()),
                    s.deliverable());
        }).toList();
        List<Milestone> milestones = java.util.stream.IntStream.range(0, t.fee().milestones().size()).mapToObj(i -> {
            Milestone m = t.fee().milestones().get(i);
            return new Milestone(texts.text(key + ".milestone." + (i + 1), m.title()), m.amount(), m.due());
        }).toList();
        ContractTerms translated = new ContractTerms(scope, new Fee(t.fee().model(), t.fee().amount(), milestones,
                t.fee().successPercent()), t.payment(), t.term(), t.quotas(), t.penalties(), t.termination(),
                t.confidential(), t.exclusive(), t.serviceLevel());
        return new ContractTemplateDefinition(texts.text(key + ".name", english.name()),
                texts.text(key + ".service-line", english.serviceLine()),
                body(key + (indonesian ? "_id" : "")), translated);
    }

    private static ContractTemplateDefinition law(LocalDate today) {
        return new ContractTemplateDefinition("Engagement letter", "Legal services", "", new ContractTerms(List.of(
                new ScopeItem("Legal advice", "Written and oral legal opinions and advice on the Client's matter.",
                        false),
                new ScopeItem("Representation", "Representing the Client in negotiations, mediation and court.",
                        false)),
                Fee.hourly(Money.of(2_500_000, "IDR")), new PaymentSchedule(Invoicing.MONTHLY_IN_ARREARS, 14),
                Term.fixed(today, today.plusYears(1)), List.of(),
                new Penalties(new BigDecimal("2"), null), new Termination(30, null), true, false));
    }

    private static ContractTemplateDefinition agency(LocalDate today) {
        return new ContractTemplateDefinition("Agency retainer", "Marketing and advertising", "", new ContractTerms(
                List.of(new ScopeItem("Social media management",
                                "Content planning, publishing and a monthly report.", true),
                        new ScopeItem("Paid advertising campaigns", "Set-up, monitoring and optimisation of campaigns.",
                                false)),
                Fee.monthlyRetainer(Money.of(35_000_000, "IDR")), new PaymentSchedule(Invoicing.MONTHLY_IN_ADVANCE, 14),
                Term.autoRenewing(today, today.plusMonths(6), 6, 30),
                List.of(new Quota(BigDecimal.valueOf(40), Quota.Unit.HOURS, Quota.Period.MONTH,
                        Quota.Overage.BILLED_AT_RATE, Money.of(850_000, "IDR"))),
                new Penalties(new BigDecimal("2"), null), new Termination(30, Money.of(35_000_000, "IDR")), true,
                false, new ServiceLevel(List.of(new ServiceLevel.Target(ServiceLevel.Priority.URGENT, 2, 8),
                        new ServiceLevel.Target(ServiceLevel.Priority.HIGH, 4, 16),
                        new ServiceLevel.Target(ServiceLevel.Priority.NORMAL, 8, 40)))));
    }

    private static ContractTemplateDefinition accounting(LocalDate today) {
        return new ContractTemplateDefinition("Annual engagement letter", "Accounting and tax", "", new ContractTerms(
                List.of(new ScopeItem("Annual financial statements",
                                "Balance sheet, profit and loss statement and notes.", true),
                        new ScopeItem("Annual corporate income tax return",
                                "Preparation and filing of the annual tax return (SPT Tahunan PPh Badan).", true)),
                Fee.fixed(Money.of(60_000_000, "IDR")), new PaymentSchedule(Invoicing.UPFRONT, 14),
                Term.autoRenewing(today, today.plusYears(1), 12, 60), List.of(),
                new Penalties(new BigDecimal("1.5"), null), new Termination(60, null), true, false));
    }

    private static ContractTemplateDefinition design(LocalDate today) {
        return new ContractTemplateDefinition("Design project agreement", "Design", "", new ContractTerms(
                List.of(new ScopeItem("Brand identity", "Logo, colour palette and typography.", true),
                        new ScopeItem("Brand guidelines", "Guidelines for using the identity, as a PDF.", true)),
                new Fee(FeeModel.MILESTONES, null, List.of(
                        new Milestone("Concepts", Money.of(20_000_000, "IDR"), null),
                        new Milestone("Chosen design", Money.of(20_000_000, "IDR"), null),
                        new Milestone("Final files", Money.of(10_000_000, "IDR"), null)), null),
                new PaymentSchedule(Invoicing.ON_MILESTONE, 7), Term.fixed(today, today.plusMonths(4)),
                List.of(new Quota(BigDecimal.valueOf(3), Quota.Unit.REVISION_ROUNDS, Quota.Period.CONTRACT,
                        Quota.Overage.NEEDS_CHANGE_ORDER, null)),
                new Penalties(new BigDecimal("2"), new BigDecimal("1")), new Termination(14,
                        Money.of(5_000_000, "IDR")), true, false));
    }

    private static ContractTemplateDefinition general(LocalDate today) {
        return new ContractTemplateDefinition("Service agreement", "Professional services", "", new ContractTerms(
                List.of(new ScopeItem("Professional services", "Services as described in the accepted proposal.",
                        false)),
                Fee.fixed(Money.of(25_000_000, "IDR")), new PaymentSchedule(Invoicing.MONTHLY_IN_ARREARS, 30),
                Term.fixed(today, today.plusYears(1)), List.of(), new Penalties(new BigDecimal("2"), null),
                new Termination(30, null), true, false));
    }

    private static String body(String name) {
        try (InputStream in = SeedContractTemplates.class.getResourceAsStream("/contract-templates/" + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("Missing seeded contract template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
