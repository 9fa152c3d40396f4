package io.klien.ui.contracts;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.ScopeItem;
import io.klien.ui.FirmFormats;
import org.jspecify.annotations.Nullable;

/** A contract's terms at a glance: scope, fee, term, quota, termination and flags, money and dates as the firm writes them. */
class ContractTermsSummary extends Div {

    private final FirmFormats formats;

    ContractTermsSummary(ContractTerms terms, FirmFormats formats) {
        this.formats = formats;
        setId("contract-terms");
        add(new H3(getTranslation("contracts.terms")));
        row("scope", "contracts.terms.section.scope",
                terms.scope().stream().map(ScopeItem::title).collect(Collectors.joining("; ")));
        row("fee", "contracts.terms.section.fee", fee(terms.fee()));
        row("term", "contracts.terms.section.term", formats.date(terms.term().start()) + " – "
                + formats.date(terms.term().end()) + (terms.term().autoRenew()
                ? " · " + getTranslation("contracts.summary.auto-renew", terms.term().renewalMonths(),
                        terms.term().noticeDays()) : ""));
        row("quota", "contracts.terms.section.quota", terms.quotas().isEmpty() ? "—"
                : terms.quotas().stream().map(q -> q.amount().stripTrailingZeros().toPlainString() + " "
                        + getTranslation("contracts.quota-unit." + q.unit().name()) + " "
                        + getTranslation("contracts.quota-per." + q.per().name())).collect(Collectors.joining("; ")));
        row("termination", "contracts.terms.section.termination",
                getTranslation("contracts.terminate.notice", terms.termination().noticeDays())
                        + " · " + (terms.termination().fee() == null ? getTranslation("contracts.terminate.no-fee")
                        : getTranslation("contracts.terminate.fee", money(terms.termination().fee()))));
        row("service-level", "contracts.terms.section.service-level", terms.serviceLevel().promisesNothing()
                ? getTranslation("contracts.summary.service-level.none")
                : terms.serviceLevel().targets().stream().map(t -> getTranslation("contracts.summary.service-level",
                        getTranslation("contracts.sla-priority." + t.priority().name()), t.firstResponseHours(),
                        t.resolutionHours())).collect(Collectors.joining("; ")));
        row("flags", "contracts.summary.flags",
                getTranslation(terms.confidential() ? "contracts.summary.confidential" : "contracts.summary.not-confidential")
                        + " · " + getTranslation(terms.exclusive() ? "contracts.summary.exclusive"
                        : "contracts.summary.not-exclusive"));
    }

    private String fee(Fee fee) {
        String model = getTranslation("contracts.fee-model." + fee.model().name());
        return switch (fee.model()) {
            case MILESTONES -> model + ": " + fee.milestones().stream()
                    .map(m -> m.title() + " " + money(m.amount())).collect(Collectors.joining("; "));
            case SUCCESS_FEE -> model + ": " + fee.successPercent().stripTrailingZeros().toPlainString() + "%"
                    + (fee.amount() == null ? "" : " + " + money(fee.amount()));
            default -> model + ": " + money(fee.amount());
        };
    }

    private String money(@Nullable Money money) {
        return money == null ? "—" : formats.money(money.amount(), money.currency());
    }

    private void row(String id, String labelKey, String value) {
        Span text = new Span(value);
        text.setId("contract-terms-" + id);
        Div row = new Div(new Span(getTranslation(labelKey)), text);
        row.addClassName("klien-dashboard-row");
        add(row);
    }
}
