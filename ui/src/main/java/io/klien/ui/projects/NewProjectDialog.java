package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientView;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * A project made by hand: for a client (chosen here, or the one whose page it was opened from), of a kind the firm's
 * trade uses, with its dates and its lead (the creator unless another colleague is chosen).
 */
class NewProjectDialog extends Dialog {

    private final ComboBox<ClientView> client = new ComboBox<>();
    private final Select<ProjectKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final ComboBox<MembershipView> lead = new ComboBox<>();

    /**
     * @param fixedClient the client of the page it was opened from, or null to choose one
     * @param defaultKind the kind the firm's trade calls its work
     * @param created     what to do with the new project (open it)
     */
    NewProjectDialog(Projects projects, ClientSearch clientSearch, @Nullable ClientView fixedClient,
            List<MembershipView> colleagues, ProjectKind defaultKind, Consumer<ProjectView> created) {
        setHeaderTitle(getTranslation("projects.ui.new"));
        setId("project-new-dialog");
        FirmFormats formats = FirmFormats.current();
        client.setId("project-new-client");
        client.setLabel(getTranslation("projects.ui.client"));
        client.setItemLabelGenerator(ClientView::name);
        if (fixedClient == null) {
            client.setItems(query -> clientSearch.search(query.getFilter().orElse(""),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        } else {
            client.setItems(fixedClient);
            client.setValue(fixedClient);
            client.setReadOnly(true);
        }
        kind.setId("project-new-kind");
        kind.setLabel(getTranslation("projects.ui.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("projects.ui.kind." + k.name()));
        kind.setValue(defaultKind);
        title.setId("project-new-title");
        title.setLabel(getTranslation("projects.ui.name"));
        startsOn.setId("project-new-starts");
        startsOn.setLabel(getTranslation("projects.ui.starts-on"));
        startsOn.setValue(formats.today());
        endsOn.setId("project-new-ends");
        endsOn.setLabel(getTranslation("projects.ui.ends-on"));
        endsOn.setClearButtonVisible(true);
        lead.setId("project-new-lead");
        lead.setLabel(getTranslation("projects.ui.lead"));
        lead.setItems(colleagues);
        lead.setItemLabelGenerator(MembershipView::displayName);
        String me = TenantContext.subject().orElse(null);
        colleagues.stream().filter(m -> m.subject().equals(me)).findFirst().ifPresent(lead::setValue);

        Button create = new Button(getTranslation("projects.ui.create"), click -> {
            if (client.getValue() == null) {
                client.setErrorMessage(getTranslation("projects.ui.choose-client"));
                client.setInvalid(true);
                return;
            }
            if (startsOn.getValue() == null) {
                startsOn.setErrorMessage(getTranslation("projects.ui.choose-start"));
                startsOn.setInvalid(true);
                return;
            }
            try {
                ProjectView project = projects.create(new NewProject(client.getValue().id(), kind.getValue(),
                        title.getValue(), startsOn.getValue(), endsOn.getValue(),
                        lead.getValue() == null ? null : lead.getValue().subject()));
                close();
                Notices.success(getTranslation("projects.ui.created", project.title()));
                created.accept(project);
            } catch (DomainException e) {
                Refusals.show(e, Map.of("title", title, "endsOn", endsOn, "leadSubject", lead, "clientId", client),
                        "project-new-refused");
            }
        });
        create.setId("project-new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(client, kind, title, lead, startsOn, endsOn);
        form.setColspan(title, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
