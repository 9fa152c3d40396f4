package io.klien.ui.leads;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.forms.FieldErrors;

/** A new lead: who, how they came, what they might buy. Warns about likely duplicates before creating. */
class LeadDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<ClientKind> kind = new Select<>();
    private final TextField organization = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<LeadSource> source = new Select<>();
    private final TextField serviceLine = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final DatePicker followUp = new DatePicker();
    private final Paragraph duplicates = new Paragraph();
    private boolean duplicateConfirmed;

    private final LeadView editing;

    LeadDialog(Leads leads, Consumer<LeadView> created) {
        this(leads, null, created);
    }

    /** Edits the given lead (or creates one when null); an edit saved by someone else first is refused. */
    LeadDialog(Leads leads, LeadView editing, Consumer<LeadView> saved) {
        this.editing = editing;
        Consumer<LeadView> created = saved;
        setHeaderTitle(getTranslation(editing == null ? "leads.new" : "leads.edit"));
        name.setLabel(getTranslation("leads.name"));
        name.setId("lead-name");
        name.setRequired(true);
        kind.setLabel(getTranslation("clients.kind"));
        kind.setItems(ClientKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("clients.kind." + k.name()));
        kind.setValue(ClientKind.ORGANIZATION);
        organization.setLabel(getTranslation("leads.organization"));
        organization.setId("lead-organization");
        email.setLabel(getTranslation("leads.email"));
        email.setId("lead-email");
        phone.setLabel(getTranslation("leads.phone"));
        phone.setId("lead-phone");
        source.setLabel(getTranslation("leads.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation("leads.source." + s.name()));
        source.setValue(LeadSource.REFERRAL);
        serviceLine.setLabel(getTranslation("leads.service-line"));
        value.setLabel(getTranslation("leads.value"));
        value.setId("lead-value");
        currency.setLabel(getTranslation("leads.currency"));
        currency.setId("lead-currency");
        currency.setItems("IDR", "USD", "EUR", "SGD", "AUD", "GBP", "JPY");
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(e -> currency.setValue(e.getDetail()));
        currency.setValue("IDR");
        followUp.setLabel(getTranslation("leads.follow-up"));
        followUp.setId("lead-follow-up");
        duplicates.setId("lead-duplicates");
        duplicates.setVisible(false);
        duplicates.addClassName("klien-warning-text");

        if (editing != null) {
            name.setValue(editing.name());
            kind.setValue(editing.kind());
            organization.setValue(editing.organization() == null ? "" : editing.organization());
            email.setValue(editing.email() == null ? "" : editing.email());
            phone.setValue(editing.phone() == null ? "" : editing.phone());
            source.setValue(editing.source());
            serviceLine.setValue(editing.serviceLine() == null ? "" : editing.serviceLine());
            value.setValue(editing.estimatedValue());
            currency.setValue(editing.currency());
            followUp.setValue(editing.nextFollowUp());
        }
        Button save = new Button(getTranslation(editing == null ? "action.create" : "action.save"),
                click -> save(leads, created));
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(new FormLayout(name, kind, organization, email, phone, source, serviceLine, value, currency, followUp), duplicates);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(Leads leads, Consumer<LeadView> created) {
        LeadDetails details = new LeadDetails(name.getValue(), kind.getValue(), blankToNull(organization.getValue()),
                blankToNull(email.getValue()), blankToNull(phone.getValue()), source.getValue(),
                blankToNull(serviceLine.getValue()), value.getValue(), currency.getValue(),
                editing == null ? TenantContext.subject().orElse(null) : editing.ownerSubject(), followUp.getValue(),
                editing == null ? null : editing.firstContactDate());
        try {
            LeadView lead = editing == null ? leads.create(details, duplicateConfirmed)
                    : leads.update(editing.id(), editing.version(), details);
            close();
            created.accept(lead);
        } catch (DuplicateWarning warning) {
            duplicateConfirmed = true;
            duplicates.setText(getTranslation("leads.duplicates", String.join(", ",
                    warning.candidates().stream().map(DuplicateCandidate::name).distinct().toList())));
            duplicates.setVisible(true);
        } catch (DomainException e) {
            showProblem(e);
        }
    }

    private void showProblem(DomainException e) {
        String key = e.messageKey();
        if ("leads.stale".equals(key)) {
            duplicates.setText(getTranslation(key));
            duplicates.setVisible(true);
            duplicates.setId("lead-stale");
            return;
        }
        FieldErrors.show(e, Map.<String, HasValidation>of("name", name, "kind", kind, "source", source, "organization", organization,
                "email", email, "phone", phone, "serviceLine", serviceLine, "estimatedValue", value, "currency", currency));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
