package io.klien.contracts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.klien.shared.SeedTexts;
import io.klien.shared.time.Formats;
import org.jspecify.annotations.Nullable;

/** The values of the merge fields for one contract, written in the firm's language ({@code seed-texts/contracts}). */
public final class MergeValues {

    private MergeValues() {
    }

    public static Map<String, String> of(String firmName, String clientName, @Nullable String clientContact,
            ContractTerms terms, LocalDate contractDate, String firmLocale) {
        Locale locale = Locale.forLanguageTag(firmLocale);
        SeedTexts texts = SeedTexts.of("contracts", firmLocale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Map<String, String> v = new HashMap<>();
        v.put("firm.name", firmName);
        v.put("client.name", clientName);
        v.put("client.contact", clientContact == null ? clientName : clientContact);
        v.put("contract.date", dates.format(contractDate));
        v.put("terms.scope", terms.scope().stream().map(ScopeItem::title).collect(Collectors.joining("; ")));
        v.put("terms.fee", fee(terms.fee(), texts, locale));
        v.put("terms.payment", texts.text("merge.payment." + terms.payment().invoicing(),
                terms.payment().invoicing().name()) + ", " + texts.text("merge.due-days", "due within {0} days")
                .replace("{0}", String.valueOf(terms.payment().dueDays())));
        v.put("terms.start", dates.format(terms.term().start()));
        v.put("terms.end", terms.term().end() == null ? "" : dates.format(terms.term().end()));
        v.put("terms.renewal", terms.term().autoRenew()
                ? texts.text("merge.renewal.auto", "renews for {0} months at a time unless notice is given {1} days "
                        + "before the end").replace("{0}", String.valueOf(terms.term().renewalMonths()))
                        .replace("{1}", String.valueOf(terms.term().noticeDays()))
                : texts.text("merge.renewal.none", "ends on the end date without renewal"));
        v.put("terms.notice-days", String.valueOf(terms.term().noticeDays()));
        v.put("terms.quota", terms.quotas().isEmpty() ? texts.text("merge.quota.none", "no quota")
                : terms.quotas().stream().map(q -> quota(q, texts, locale)).collect(Collectors.joining("; ")));
        v.put("terms.late-payment", terms.penalties().latePaymentPercentPerMonth() == null
                ? texts.text("merge.none", "none")
                : percent(terms.penalties().latePaymentPercentPerMonth(), locale)
                        + texts.text("merge.per-month", " per month"));
        v.put("terms.termination-notice-days", String.valueOf(terms.termination().noticeDays()));
        v.put("terms.termination-fee", terms.termination().fee() == null ? texts.text("merge.none", "none")
                : money(terms.termination().fee(), locale));
        v.put("terms.confidentiality", texts.text("merge.confidential." + terms.confidential(),
                terms.confidential() ? "confidential" : "not confidential"));
        v.put("terms.exclusivity", texts.text("merge.exclusive." + terms.exclusive(),
                terms.exclusive() ? "exclusive" : "not exclusive"));
        v.put("terms.service-level", serviceLevel(terms.serviceLevel(), texts));
        return v;
    }

    /** An amount as pages write it ({@link Formats#money}): rupiah without decimals ("Rp15.000.000", "IDR 15,000,000"). */
    public static String money(Money money, Locale locale) {
        return new Formats(ZoneOffset.UTC, locale).money(money.amount(), money.currency());
    }

    /** Most urgent first: "urgent: first response within 2 business hours, resolution within 8; high: ...". */
    private static String serviceLevel(ServiceLevel level, SeedTexts texts) {
        if (level.promisesNothing()) {
            return texts.text("merge.service-level.none", "within the firm's standard support times");
        }
        return level.targets().stream()
                .sorted(java.util.Comparator.comparing(ServiceLevel.Target::priority).reversed())
                .map(t -> texts.text("merge.service-level.target",
                                "{0}: first response within {1} business hours, resolution within {2}")
                        .replace("{0}", texts.text("merge.priority." + t.priority(),
                                t.priority().name().toLowerCase(Locale.ROOT)))
                        .replace("{1}", String.valueOf(t.firstResponseHours()))
                        .replace("{2}", String.valueOf(t.resolutionHours())))
                .collect(Collectors.joining("; "));
    }

    private static String fee(Fee fee, SeedTexts texts, Locale locale) {
        return switch (fee.model()) {
            case FIXED -> money(fee.amount(), locale) + texts.text("merge.fee.fixed", " (fixed fee)");
            case HOURLY -> money(fee.amount(), locale) + texts.text("merge.fee.hourly", " per hour");
            case MONTHLY_RETAINER -> money(fee.amount(), locale) + texts.text("merge.per-month", " per month");
            case MILESTONES -> fee.milestones().stream().map(m -> m.title() + " " + money(m.amount(), locale))
                    .collect(Collectors.joining("; "));
            case SUCCESS_FEE -> percent(fee.successPercent(), locale)
                    + texts.text("merge.fee.success", " of the amount obtained")
                    + (fee.amount() == null ? "" : " + " + money(fee.amount(), locale));
        };
    }

    private static String quota(Quota q, SeedTexts texts, Locale locale) {
        String amount = NumberFormat.getNumberInstance(locale).format(q.amount());
        String unit = texts.text("merge.quota." + q.unit(), q.unit().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        String per = texts.text("merge.quota.per." + q.per(), q.per() == Quota.Period.MONTH ? "per month"
                : "for the contract");
        String over = q.overage() == Quota.Overage.BILLED_AT_RATE
                ? texts.text("merge.quota.over.rate", "above it at {0}").replace("{0}", money(q.overageRate(), locale))
                : texts.text("merge.quota.over." + q.overage(), q.overage() == Quota.Overage.NEEDS_CHANGE_ORDER
                        ? "above it by written change order" : "nothing above it");
        return amount + " " + unit + " " + per + ", " + over;
    }

    private static String percent(@Nullable BigDecimal percent, Locale locale) {
        return percent == null ? "" : NumberFormat.getNumberInstance(locale).format(percent) + "%";
    }
}
