package io.klien.ui.contracts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.ui.FirmFormats;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins see the firm's contract templates with their newest version. */
@Menu(title = "nav.contract-templates", order = 145)
@Route(value = "admin/contract-templates", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class ContractTemplatesView extends VerticalLayout implements HasDynamicTitle {

    public ContractTemplatesView(ContractTemplates templates, FirmFormats formats) {
        addClassName("klien-page");
        Paragraph intro = new Paragraph(getTranslation("contract-templates.intro"));
        intro.addClassName("klien-muted");
        Button create = new Button(getTranslation("contract-templates.new"), VaadinIcon.PLUS.create(),
                click -> open(ContractTemplateEditorView.NEW));
        create.setId("contract-template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<ContractTemplateView> grid = new Grid<>();
        grid.setId("contract-templates-grid");
        grid.addComponentColumn(t -> new RouterLink(t.definition().name(), ContractTemplateEditorView.class,
                        new RouteParameters(ContractTemplateEditorView.PARAMETER, t.templateId().toString())))
                .setHeader(getTranslation("contract-templates.name")).setFlexGrow(2);
        grid.addColumn(t -> t.definition().serviceLine() == null ? "" : t.definition().serviceLine())
                .setHeader(getTranslation("contract-templates.service-line")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("contract-templates.version-number", t.number()))
                .setHeader(getTranslation("contract-templates.version")).setAutoWidth(true);
        grid.addColumn(t -> formats.date(t.createdAt())).setHeader(getTranslation("contract-templates.saved-on"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> open(click.getItem().templateId().toString()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contract-templates.empty"));
        grid.setItems(templates.list());
        add(intro, create, grid);
    }

    private void open(String templateId) {
        getUI().ifPresent(ui -> ui.navigate(ContractTemplateEditorView.class,
                new RouteParameters(ContractTemplateEditorView.PARAMETER, templateId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract-templates.title");
    }
}
