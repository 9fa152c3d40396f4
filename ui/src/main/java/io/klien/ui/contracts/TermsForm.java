package io.klien.ui.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
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
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import org.jspecify.annotations.Nullable;

/**
 * The structured terms of a contract or template: scope items, fee (inputs shown per fee model), payment, term,
 * quota, penalties, termination, confidentiality and exclusivity, and the support service level (hours per priority;
 * a priority left empty gets the firm's defaults). One currency for every amount, rupiah by default.
 * The service's refusals land at the input they name.
 */
class TermsForm extends Composite<Div> {

    static final List<String> CURRENCIES = List.of("IDR", "USD", "SGD", "EUR", "AUD", "MYR", "JPY");

    /** The service's field names for the form's properties. */
    static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("fee.model", "feeModel"),
            Map.entry("fee.amount", "feeAmount"), Map.entry("fee.amount.currency", "currency"),
            Map.entry("fee.successPercent", "successPercent"), Map.entry("fee.milestones", "feeModel"),
            Map.entry("payment.invoicing", "invoicing"), Map.entry("payment.dueDays", "dueDays"),
            Map.entry("term.start", "termStart"), Map.entry("term.end", "termEnd"),
            Map.entry("term.renewalMonths", "renewalMonths"), Map.entry("term.noticeDays", "noticeDays"),
            Map.entry("quotas[0].amount", "quotaAmount"), Map.entry("quotas[0].unit", "quotaUnit"),
            Map.entry("quotas[0].overageRate", "quotaOverageRate"),
            Map.entry("quotas[0].overageRate.currency", "currency"),
            Map.entry("penalties.latePaymentPercentPerMonth", "latePaymentPercent"),
            Map.entry("penalties.lateDeliveryPercentPerWeek", "lateDeliveryPercent"),
            Map.entry("termination.noticeDays", "terminationNoticeDays"),
            Map.entry("termination.fee", "terminationFee"), Map.entry("termination.fee.currency", "currency"));

    private final Binder<TermsFields> binder = Forms.binder(TermsFields.class);
    private final Div scopeRows = new Div();
    private final List<ScopeRow> scope = new ArrayList<>();
    private final Div milestoneRows = new Div();
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final Select<FeeModel> feeModel = select("terms-fee-model", "contracts.terms.fee-model", FeeModel.values(),
            m -> getTranslation("contracts.fee-model." + m.name()));
    private final BigDecimalField feeAmount = new BigDecimalField();
    private final BigDecimalField successPercent = decimal("terms-success-percent", "contracts.terms.success-percent");
    private final Button addMilestone = new Button();
    private final IntegerField renewalMonths = integer("terms-renewal-months", "contracts.terms.renewal-months");
    private final IntegerField noticeDays = integer("terms-notice-days", "contracts.terms.notice-days");
    private final FormLayout quotaInputs = new FormLayout();
    private final BigDecimalField quotaOverageRate = decimal("terms-quota-overage-rate", "contracts.terms.quota-overage-rate");
    private List<Quota> moreQuotas = List.of();
    private final List<SlaRow> sla = new ArrayList<>();
    /** The rows that gave the targets last sent, in order: a refusal names a target by its index. */
    private List<SlaRow> slaSent = List.of();

    TermsForm() {
        Button addScope = new Button(getTranslation("contracts.terms.scope.add"), VaadinIcon.PLUS.create(),
                click -> addScopeRow(new ScopeItem("", null, true)));
        addScope.setId("terms-scope-add");
        addScope.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scopeRows.setId("terms-scope");

        feeAmount.setId("terms-fee-amount");
        Select<String> currency = select("terms-currency", "contracts.terms.currency",
                CURRENCIES.toArray(String[]::new), c -> c);
        addMilestone.setText(getTranslation("contracts.terms.milestone.add"));
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        addMilestone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMilestone.setId("terms-milestone-add");
        addMilestone.addClickListener(click -> addMilestoneRow(null));
        Select<Invoicing> invoicing = select("terms-invoicing", "contracts.terms.invoicing", Invoicing.values(),
                i -> getTranslation("contracts.invoicing." + i.name()));
        IntegerField dueDays = integer("terms-due-days", "contracts.terms.due-days");
        DatePicker start = date("terms-start", "contracts.terms.start");
        DatePicker end = date("terms-end", "contracts.terms.end");
        Checkbox autoRenew = new Checkbox(getTranslation("contracts.terms.auto-renew"));
        autoRenew.setId("terms-auto-renew");
        Checkbox hasQuota = new Checkbox(getTranslation("contracts.terms.has-quota"));
        hasQuota.setId("terms-has-quota");
        BigDecimalField quotaAmount = decimal("terms-quota-amount", "contracts.terms.quota-amount");
        Select<Quota.Unit> unit = select("terms-quota-unit", "contracts.terms.quota-unit", Quota.Unit.values(),
                u -> getTranslation("contracts.quota-unit." + u.name()));
        Select<Quota.Period> per = select("terms-quota-per", "contracts.terms.quota-per", Quota.Period.values(),
                p -> getTranslation("contracts.quota-per." + p.name()));
        Select<Quota.Overage> overage = select("terms-quota-overage", "contracts.terms.quota-overage",
                Quota.Overage.values(), o -> getTranslation("contracts.quota-overage." + o.name()));
        quotaInputs.add(quotaAmount, unit, per, overage, quotaOverageRate);
        BigDecimalField latePayment = decimal("terms-late-payment", "contracts.terms.late-payment");
        BigDecimalField lateDelivery = decimal("terms-late-delivery", "contracts.terms.late-delivery");
        IntegerField terminationNotice = integer("terms-termination-notice", "contracts.terms.termination-notice");
        BigDecimalField terminationFee = decimal("terms-termination-fee", "contracts.terms.termination-fee");
        Checkbox confidential = new Checkbox(getTranslation("contracts.terms.confidential"));
        confidential.setId("terms-confidential");
        Checkbox exclusive = new Checkbox(getTranslation("contracts.terms.exclusive"));
        exclusive.setId("terms-exclusive");

        binder.forField(feeModel).bind("feeModel");
        binder.forField(feeAmount).bind("feeAmount");
        binder.forField(currency).bind("currency");
        binder.forField(successPercent).bind("successPercent");
        binder.forField(invoicing).bind("invoicing");
        binder.forField(dueDays).bind("dueDays");
        binder.forField(start).bind("termStart");
        binder.forField(end).bind("termEnd");
        binder.forField(autoRenew).bind("autoRenew");
        binder.forField(renewalMonths).bind("renewalMonths");
        binder.forField(noticeDays).bind("noticeDays");
        binder.forField(hasQuota).bind("hasQuota");
        binder.forField(quotaAmount).bind("quotaAmount");
        binder.forField(unit).bind("quotaUnit");
        binder.forField(per).bind("quotaPer");
        binder.forField(overage).bind("quotaOverage");
        binder.forField(quotaOverageRate).bind("quotaOverageRate");
        binder.forField(latePayment).bind("latePaymentPercent");
        binder.forField(lateDelivery).bind("lateDeliveryPercent");
        binder.forField(terminationNotice).bind("terminationNoticeDays");
        binder.forField(terminationFee).bind("terminationFee");
        binder.forField(confidential).bind("confidential");
        binder.forField(exclusive).bind("exclusive");

        feeModel.addValueChangeListener(change -> showPerFeeModel());
        autoRenew.addValueChangeListener(change -> showRenewal(change.getValue()));
        hasQuota.addValueChangeListener(change -> quotaInputs.setVisible(change.getValue()));
        overage.addValueChangeListener(change ->
                quotaOverageRate.setVisible(change.getValue() == Quota.Overage.BILLED_AT_RATE));

        Div root = getContent();
        root.setId("terms-form");
        root.add(section("contracts.terms.section.scope"), scopeRows, addScope,
                section("contracts.terms.section.fee"), new FormLayout(feeModel, currency, feeAmount, successPercent),
                milestoneRows, addMilestone, new FormLayout(invoicing, dueDays),
                section("contracts.terms.section.term"), new FormLayout(start, end, autoRenew, renewalMonths,
                        noticeDays),
                section("contracts.terms.section.quota"), hasQuota, quotaInputs,
                section("contracts.terms.section.penalties"), new FormLayout(latePayment, lateDelivery),
                section("contracts.terms.section.termination"), new FormLayout(terminationNotice, terminationFee),
                new HorizontalLayout(confidential, exclusive),
                section("contracts.terms.section.service-level"), slaHint(), slaRows());
        setTerms(null);
    }

    /** Shows the terms (a template's defaults, a draft's terms); none gives an empty form with rupiah. */
    void setTerms(@Nullable ContractTerms terms) {
        TermsFields fields = new TermsFields();
        scope.clear();
        scopeRows.removeAll();
        milestones.clear();
        milestoneRows.removeAll();
        moreQuotas = List.of();
        sla.forEach(row -> row.show(null));
        if (terms != null) {
            sla.forEach(row -> row.show(terms.serviceLevel().target(row.priority).orElse(null)));
            Fee fee = terms.fee();
            fields.setFeeModel(fee.model());
            fields.setFeeAmount(fee.amount() == null ? null : fee.amount().amount());
            fields.setCurrency(fee.amount() != null ? fee.amount().currency()
                    : fee.milestones().isEmpty() ? "IDR" : fee.milestones().getFirst().amount().currency());
            fields.setSuccessPercent(fee.successPercent());
            fields.setInvoicing(terms.payment().invoicing());
            fields.setDueDays(terms.payment().dueDays());
            fields.setTermStart(terms.term().start());
            fields.setTermEnd(terms.term().end());
            fields.setAutoRenew(terms.term().autoRenew());
            fields.setRenewalMonths(terms.term().autoRenew() ? terms.term().renewalMonths() : null);
            fields.setNoticeDays(terms.term().autoRenew() ? terms.term().noticeDays() : null);
            if (!terms.quotas().isEmpty()) {
                Quota q = terms.quotas().getFirst();
                fields.setHasQuota(true);
                fields.setQuotaAmount(q.amount());
                fields.setQuotaUnit(q.unit());
                fields.setQuotaPer(q.per());
                fields.setQuotaOverage(q.overage());
                fields.setQuotaOverageRate(q.overageRate() == null ? null : q.overageRate().amount());
                moreQuotas = terms.quotas().subList(1, terms.quotas().size());
            }
            fields.setLatePaymentPercent(terms.penalties().latePaymentPercentPerMonth());
            fields.setLateDeliveryPercent(terms.penalties().lateDeliveryPercentPerWeek());
            fields.setTerminationNoticeDays(terms.termination().noticeDays());
            fields.setTerminationFee(terms.termination().fee() == null ? null : terms.termination().fee().amount());
            fields.setConfidential(terms.confidential());
            fields.setExclusive(terms.exclusive());
            terms.scope().forEach(this::addScopeRow);
            fee.milestones().forEach(this::addMilestoneRow);
        }
        if (scope.isEmpty()) {
            addScopeRow(new ScopeItem("", null, true));
        }
        binder.readBean(fields);
        showPerFeeModel();
        showRenewal(fields.isAutoRenew());
        quotaInputs.setVisible(fields.isHasQuota());
        quotaOverageRate.setVisible(fields.getQuotaOverage() == Quota.Overage.BILLED_AT_RATE);
    }

    /** The terms as filled in, not yet checked: the service checks them and names the input of a broken rule. */
    ContractTerms terms() {
        TermsFields f = new TermsFields();
        binder.writeBeanAsDraft(f, true);
        String currency = f.getCurrency();
        FeeModel model = f.getFeeModel();
        Money amount = money(f.getFeeAmount(), currency);
        Fee fee = model == FeeModel.MILESTONES
                ? new Fee(model, null, milestones.stream().map(row -> row.milestone(currency)).toList(), null)
                : new Fee(model, amount, List.of(), model == FeeModel.SUCCESS_FEE ? f.getSuccessPercent() : null);
        List<Quota> quotas = new ArrayList<>();
        if (f.isHasQuota()) {
            quotas.add(new Quota(f.getQuotaAmount(), f.getQuotaUnit(), f.getQuotaPer(), f.getQuotaOverage(),
                    money(f.getQuotaOverageRate(), currency)));
        }
        quotas.addAll(moreQuotas);
        Term term = new Term(f.getTermStart(), f.getTermEnd(), f.isAutoRenew(),
                f.isAutoRenew() ? days(f.getRenewalMonths()) : 0, f.isAutoRenew() ? days(f.getNoticeDays()) : 0);
        return new ContractTerms(scope.stream().map(ScopeRow::item).toList(), fee,
                new PaymentSchedule(f.getInvoicing(), days(f.getDueDays())), term, quotas,
                new Penalties(f.getLatePaymentPercent(), f.getLateDeliveryPercent()),
                new Termination(days(f.getTerminationNoticeDays()), money(f.getTerminationFee(), currency)),
                f.isConfidential(), f.isExclusive(), serviceLevel());
    }

    private ServiceLevel serviceLevel() {
        slaSent = sla.stream().filter(SlaRow::filled).toList();
        return new ServiceLevel(slaSent.stream().map(SlaRow::target).toList());
    }

    /** Puts the refusal at the input it names (a scope or milestone row included); false when it names none here. */
    boolean showAtInput(DomainException refusal) {
        if (FieldErrors.showAtInput(refusal, binder, ALIASES)) {
            return true;
        }
        String field = refusal.field().orElse("");
        HasValidation input = null;
        if (field.equals("scope") && !scope.isEmpty()) {
            input = scope.getFirst().title;
        }
        for (int i = 0; i < scope.size(); i++) {
            if (field.startsWith("scope[" + i + "]")) {
                input = scope.get(i).title;
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (field.equals("fee.milestones[" + i + "].title")) {
                input = milestones.get(i).title;
            } else if (field.startsWith("fee.milestones[" + i + "].amount")) {
                input = milestones.get(i).amount;
            }
        }
        for (int i = 0; i < slaSent.size(); i++) {
            if (field.startsWith("serviceLevel.targets[" + i + "]")) {
                input = field.endsWith(".resolutionHours") ? slaSent.get(i).resolution : slaSent.get(i).firstResponse;
            }
        }
        if (input == null) {
            return false;
        }
        input.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        input.setInvalid(true);
        return true;
    }

    /** Shows the refusal at its input, else as a notice. */
    void show(DomainException refusal) {
        if (!showAtInput(refusal)) {
            Notices.refused(refusal);
        }
    }

    private void showPerFeeModel() {
        FeeModel model = feeModel.getValue();
        boolean milestoneBased = model == FeeModel.MILESTONES;
        feeAmount.setVisible(!milestoneBased);
        feeAmount.setLabel(getTranslation("contracts.terms.fee-amount." + (model == null ? FeeModel.FIXED : model).name()));
        successPercent.setVisible(model == FeeModel.SUCCESS_FEE);
        milestoneRows.setVisible(milestoneBased);
        addMilestone.setVisible(milestoneBased);
        if (milestoneBased && milestones.isEmpty()) {
            addMilestoneRow(null);
        }
    }

    private void showRenewal(boolean autoRenew) {
        renewalMonths.setVisible(autoRenew);
        noticeDays.setVisible(autoRenew);
    }

    private void addScopeRow(ScopeItem item) {
        ScopeRow row = new ScopeRow(item);
        scope.add(row);
        scopeRows.add(row.layout);
        renumber();
    }

    private void addMilestoneRow(@Nullable Milestone milestone) {
        MilestoneRow row = new MilestoneRow(milestone);
        milestones.add(row);
        milestoneRows.add(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < scope.size(); i++) {
            scope.get(i).title.setId("terms-scope-title-" + i);
            scope.get(i).description.setId("terms-scope-description-" + i);
            scope.get(i).remove.setId("terms-scope-remove-" + i);
        }
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).title.setId("terms-milestone-title-" + i);
            milestones.get(i).amount.setId("terms-milestone-amount-" + i);
        }
    }

    private final class ScopeRow {
        final TextField title = new TextField(getTranslation("contracts.terms.scope.title"));
        final TextField description = new TextField(getTranslation("contracts.terms.scope.description"));
        final Checkbox deliverable = new Checkbox(getTranslation("contracts.terms.scope.deliverable"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout(title, description, deliverable, remove);

        ScopeRow(ScopeItem item) {
            title.setValue(item.title() == null ? "" : item.title());
            description.setValue(item.description() == null ? "" : item.description());
            description.setWidth("24em");
            deliverable.setValue(item.deliverable());
            remove.setAriaLabel(getTranslation("contracts.terms.scope.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> {
                scope.remove(this);
                scopeRows.remove(layout);
                renumber();
            });
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        ScopeItem item() {
            return new ScopeItem(title.getValue(), description.getValue().isBlank() ? null : description.getValue(),
                    deliverable.getValue());
        }
    }

    private Div slaHint() {
        Div hint = new Div(getTranslation("contracts.terms.service-level.hint"));
        hint.addClassName("klien-muted");
        return hint;
    }

    private Div slaRows() {
        Div rows = new Div();
        rows.setId("terms-service-level");
        for (ServiceLevel.Priority priority : List.of(ServiceLevel.Priority.URGENT, ServiceLevel.Priority.HIGH,
                ServiceLevel.Priority.NORMAL, ServiceLevel.Priority.LOW)) {
            SlaRow row = new SlaRow(priority);
            sla.add(row);
            rows.add(row.layout);
        }
        return rows;
    }

    /** One priority's targets in business hours; both empty leaves the priority to the firm's defaults. */
    private final class SlaRow {
        final ServiceLevel.Priority priority;
        final IntegerField firstResponse = new IntegerField(getTranslation("contracts.terms.service-level.first-response"));
        final IntegerField resolution = new IntegerField(getTranslation("contracts.terms.service-level.resolution"));
        final HorizontalLayout layout;

        SlaRow(ServiceLevel.Priority priority) {
            this.priority = priority;
            String name = priority.name().toLowerCase(java.util.Locale.ROOT);
            firstResponse.setId("terms-sla-" + name + "-first-response");
            resolution.setId("terms-sla-" + name + "-resolution");
            firstResponse.setMin(1);
            resolution.setMin(1);
            Span label = new Span(getTranslation("contracts.sla-priority." + priority.name()));
            label.setWidth("8em");
            layout = new HorizontalLayout(label, firstResponse, resolution);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        void show(ServiceLevel.@Nullable Target target) {
            firstResponse.setValue(target == null ? null : target.firstResponseHours());
            resolution.setValue(target == null ? null : target.resolutionHours());
            firstResponse.setInvalid(false);
            resolution.setInvalid(false);
        }

        boolean filled() {
            return firstResponse.getValue() != null || resolution.getValue() != null;
        }

        ServiceLevel.Target target() {
            return new ServiceLevel.Target(priority, days(firstResponse.getValue()), days(resolution.getValue()));
        }
    }

    private final class MilestoneRow {
        final TextField title = new TextField(getTranslation("contracts.terms.milestone.title"));
        final BigDecimalField amount = new BigDecimalField(getTranslation("contracts.terms.milestone.amount"));
        final DatePicker due = new DatePicker(getTranslation("contracts.terms.milestone.due"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout(title, amount, due, remove);

        MilestoneRow(@Nullable Milestone milestone) {
            if (milestone != null) {
                title.setValue(milestone.title());
                amount.setValue(milestone.amount().amount());
                due.setValue(milestone.due());
            }
            remove.addClickListener(click -> {
                milestones.remove(this);
                milestoneRows.remove(layout);
                renumber();
            });
            remove.setAriaLabel(getTranslation("contracts.terms.milestone.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        Milestone milestone(String currency) {
            return new Milestone(title.getValue(), money(amount.getValue(), currency), due.getValue());
        }
    }

    private static @Nullable Money money(@Nullable BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static int days(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private H3 section(String key) {
        return new H3(getTranslation(key));
    }

    private <T> Select<T> select(String id, String labelKey, T[] items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(labels);
        return select;
    }

    private BigDecimalField decimal(String id, String labelKey) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private IntegerField integer(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private DatePicker date(String id, String labelKey) {
        DatePicker field = new DatePicker(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
