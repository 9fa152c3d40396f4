package io.klien.ui.contracts;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.klien.contracts.ContractMarkup;
import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A tenant admin edits a contract template: name, service line, the Markdown body with merge fields (inserted from
 * the list), and the default terms. Saving writes a new version; contracts already drafted keep their copy.
 */
@Route(value = "admin/contract-templates/:" + ContractTemplateEditorView.PARAMETER, layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class ContractTemplateEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "templateId";
    static final String NEW = "new";

    private final ContractTemplates templates;
    private final Binder<TemplateFields> binder = Forms.binder(TemplateFields.class);
    private final TermsForm terms = new TermsForm();
    private final TextArea body = new TextArea();
    private final Paragraph version = new Paragraph();
    private @Nullable ContractTemplateView current;

    public ContractTemplateEditorView(ContractTemplates templates) {
        this.templates = templates;
        addClassName("klien-page");
        TextField name = new TextField(getTranslation("contract-templates.name"));
        name.setId("contract-template-name");
        TextField serviceLine = new TextField(getTranslation("contract-templates.service-line"));
        serviceLine.setId("contract-template-service-line");
        body.setLabel(getTranslation("contract-templates.body"));
        body.setHelperText(getTranslation("contract-templates.body.help"));
        body.setId("contract-template-body");
        body.setWidthFull();
        body.setMinHeight("20em");
        binder.forField(name).bind("name");
        binder.forField(serviceLine).bind("serviceLine");
        binder.forField(body).bind("body");
        version.setId("contract-template-version");
        version.addClassName("klien-muted");

        Div fields = new Div(new H3(getTranslation("contract-templates.merge-fields")));
        fields.setId("contract-template-merge-fields");
        ContractMarkup.FIELDS.stream().sorted().forEach(field -> {
            Button insert = new Button("{{" + field + "}}", click -> {
                body.setValue(body.getValue() + "{{" + field + "}}");
                body.focus();
            });
            insert.setId("merge-field-" + field.replace('.', '-'));
            insert.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            fields.add(insert);
        });

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("contract-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H2(getTranslation("contract-templates.editor")), version,
                new FormLayout(name, serviceLine), body, fields, new H3(getTranslation("contract-templates.terms")),
                terms, save);
        card.addClassName("klien-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PARAMETER).orElse(NEW);
        TemplateFields fields = new TemplateFields();
        if (NEW.equals(id)) {
            current = null;
            version.setText(getTranslation("contract-templates.first-version"));
            terms.setTerms(null);
        } else {
            try {
                current = templates.current(UUID.fromString(id));
            } catch (IllegalArgumentException | DomainException e) {
                event.rerouteToError(RecordNotFound.class);
                return;
            }
            fields.setName(current.definition().name());
            fields.setServiceLine(current.definition().serviceLine());
            fields.setBody(current.definition().body());
            version.setText(getTranslation("contract-templates.editing-version", current.number()));
            terms.setTerms(current.definition().terms());
        }
        binder.readBean(fields);
    }

    private void save() {
        TemplateFields fields = new TemplateFields();
        binder.writeBeanAsDraft(fields, true);
        ContractTemplateDefinition definition = new ContractTemplateDefinition(fields.getName(),
                fields.getServiceLine(), fields.getBody(), terms.terms());
        try {
            ContractTemplateView saved = current == null ? templates.create(definition)
                    : templates.save(current.templateId(), current.revision(), definition);
            Notices.success(getTranslation("contract-templates.saved", saved.number()));
            if (current == null) {
                getUI().ifPresent(ui -> ui.navigate(ContractTemplateEditorView.class,
                        new RouteParameters(PARAMETER, saved.templateId().toString())));
            }
            current = saved;
            version.setText(getTranslation("contract-templates.editing-version", saved.number()));
        } catch (DomainException e) {
            if (!FieldErrors.showAtInput(e, binder, Map.of()) && !terms.showAtInput(e)) {
                Notices.refused(e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract-templates.title");
    }
}
