package io.klien.ui.onboarding;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.IdentityDocumentType;
import io.klien.onboarding.KycMethod;
import io.klien.onboarding.KycRecord;
import io.klien.onboarding.KycView;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.StepType;
import io.klien.ui.documents.DocumentsPanel;

/**
 * An identity check: the recorded verification with the copy of the document (staff may upload it later), or (while
 * open) the form that records one.
 */
@SpringComponent
class KycPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.KYC;
    }

    @Override
    public Component render(StepContext step) {
        KycView kyc = step.step().outcome(KycView.class);
        if (kyc != null) {
            return recorded(step, kyc);
        }
        if (!step.open()) {
            return new Span();
        }
        Select<KycMethod> method = new Select<>();
        method.setLabel(step.text("onboarding.ui.kyc.method"));
        method.setId(step.id("kyc-method"));
        method.setItems(KycMethod.values());
        method.setItemLabelGenerator(m -> step.text("onboarding.kyc-method." + m.name()));
        Select<IdentityDocumentType> type = new Select<>();
        type.setLabel(step.text("onboarding.ui.kyc.document-type"));
        type.setId(step.id("kyc-type"));
        type.setItems(IdentityDocumentType.values());
        type.setItemLabelGenerator(t -> step.text("onboarding.id-document." + t.name()));
        TextField number = new TextField(step.text("onboarding.ui.kyc.number"));
        number.setId(step.id("kyc-number"));
        DatePicker verifiedOn = new DatePicker(step.text("onboarding.ui.kyc.verified-on"));
        verifiedOn.setId(step.id("kyc-date"));
        verifiedOn.setMax(step.today());
        Button record = new Button(step.text("onboarding.ui.kyc.record"), click -> step.act(
                () -> step.services().steps().recordKyc(step.step().id(), new KycRecord(method.getValue(),
                        type.getValue(), number.getValue(), verifiedOn.getValue(), null)),
                "onboarding.ui.kyc.recorded", null));
        record.setId(step.id("kyc-record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(method, type, number, verifiedOn), record);
    }

    private static Component recorded(StepContext step, KycView kyc) {
        Span recorded = new Span(step.text("onboarding.ui.kyc.recorded-summary",
                step.text("onboarding.kyc-method." + kyc.method().name()),
                step.text("onboarding.id-document." + kyc.documentType().name()),
                kyc.documentNumber(), step.personName(kyc.verifiedBy()), step.date(kyc.verifiedOn())));
        recorded.setId(step.id("kyc-summary"));
        if (step.clientUser()) {
            return recorded;
        }
        Span copy = new Span(step.text("onboarding.ui.kyc.copy"));
        copy.addClassName("klien-muted");
        OnboardingServices services = step.services();
        DocumentsPanel identity = new DocumentsPanel(step.id("kyc-documents"), services.documents(),
                OnboardingUploads.IDENTITY_DOCUMENT, 1, () -> services.uploads().documents(step.step().id()),
                (name, type, content) -> services.uploads().uploadIdentityDocument(step.step().id(), name, type,
                        content),
                step.changed()).inZone(services.zone());
        VerticalLayout layout = new VerticalLayout(recorded, copy, identity);
        layout.setPadding(false);
        return layout;
    }
}
