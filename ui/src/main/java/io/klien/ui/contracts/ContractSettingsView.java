package io.klien.ui.contracts;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.contracts.ContractRenewalReminders;
import io.klien.contracts.Contracts;
import io.klien.contracts.Money;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Tenant admins decide which contracts need a partner's approval before they go out: those whose fee is above an
 * amount (in its currency; a contract in another currency always needs approval), or none; and how many days before
 * a contract ends (or its notice deadline) staff are reminded of it.
 */
@Menu(title = "nav.contract-settings", order = 146)
@Route(value = "admin/contract-settings", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class ContractSettingsView extends Div implements HasDynamicTitle {

    private final transient Contracts contracts;
    private final FirmFormats formats;
    private final Checkbox approval = new Checkbox();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final transient ContractRenewalReminders reminders;
    private final IntegerField reminderDays = new IntegerField();

    public ContractSettingsView(Contracts contracts, ContractRenewalReminders reminders, FirmFormats formats) {
        this.contracts = contracts;
        this.reminders = reminders;
        this.formats = formats;
        addClassName("klien-page");
        approval.setId("contract-settings-approval");
        approval.setLabel(getTranslation("contract-settings.approval"));
        amount.setId("contract-settings-threshold");
        amount.setLabel(getTranslation("contract-settings.threshold"));
        amount.setHelperText(getTranslation("contract-settings.threshold.help"));
        currency.setId("contract-settings-currency");
        currency.setLabel(getTranslation("contracts.terms.currency"));
        currency.setItems(TermsForm.CURRENCIES);
        approval.addValueChangeListener(change -> showThreshold(change.getValue()));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("contract-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("contract-settings.intro"));
        intro.addClassName("klien-muted");
        Div card = new Div(new H3(getTranslation("contract-settings.approval.title")), intro, approval,
                new FormLayout(amount, currency), save);
        card.addClassName("klien-card");
        add(card, renewalCard());
        show(contracts.approvalThreshold());
    }

    /** How many days before a contract's end (or its notice deadline) staff are reminded to renew or let it end. */
    private Div renewalCard() {
        reminderDays.setId("contract-settings-reminder-days");
        reminderDays.setLabel(getTranslation("contract-settings.reminder-days"));
        reminderDays.setHelperText(getTranslation("contract-settings.reminder-days.help"));
        reminderDays.setMin(1);
        reminderDays.setMax(365);
        reminderDays.setStepButtonsVisible(true);
        reminderDays.setValue(reminders.reminderDays());
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                Integer days = reminderDays.getValue();
                if (days == null) {
                    throw DomainException.onField("renewalReminderDays", "contracts.renewal-reminder.days-range", 1,
                            365);
                }
                int saved = reminders.remindDaysBefore(days);
                reminderDays.setInvalid(false);
                Notices.success(getTranslation("contract-settings.saved.reminder-days", saved));
            } catch (DomainException e) {
                reminderDays.setInvalid(true);
                reminderDays.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.setId("contract-settings-reminder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H3(getTranslation("contract-settings.renewals.title")), new FormLayout(reminderDays),
                save);
        card.addClassName("klien-card");
        return card;
    }

    private void show(@Nullable Money threshold) {
        approval.setValue(threshold != null);
        amount.setValue(threshold == null ? null : threshold.amount());
        currency.setValue(threshold == null ? "IDR" : threshold.currency());
        showThreshold(threshold != null);
    }

    private void showThreshold(boolean required) {
        amount.setEnabled(required);
        currency.setEnabled(required);
        amount.setInvalid(false);
    }

    private void save() {
        BigDecimal value = amount.getValue();
        try {
            if (approval.getValue()) {
                if (value == null) {
                    throw DomainException.onField("approvalThreshold", "contract-settings.threshold.required");
                }
                Money saved = contracts.requireApprovalAbove(new Money(value, currency.getValue()));
                show(saved);
                Notices.success(getTranslation("contract-settings.saved.threshold",
                        formats.money(saved.amount(), saved.currency())));
            } else {
                contracts.requireApprovalAbove(null);
                show(null);
                Notices.success(getTranslation("contract-settings.saved.none"));
            }
        } catch (DomainException e) {
            if (e.field().filter(f -> f.startsWith("approvalThreshold")).isPresent()) {
                amount.setInvalid(true);
                amount.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            } else {
                Notices.refused(e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract-settings.title");
    }
}
