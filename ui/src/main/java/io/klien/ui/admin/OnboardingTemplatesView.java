package io.klien.ui.admin;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.TemplateSummary;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins see the firm's onboarding templates, with their current version and any unpublished draft. */
@Menu(title = "nav.onboarding-templates", order = 140)
@Route(value = "admin/onboarding-templates", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class OnboardingTemplatesView extends VerticalLayout implements HasDynamicTitle {

    public OnboardingTemplatesView(OnboardingTemplates templates) {
        addClassName("klien-page");
        Paragraph intro = new Paragraph(getTranslation("onboarding-templates.intro"));
        intro.addClassName("klien-muted");
        Button create = new Button(getTranslation("onboarding-templates.new"), VaadinIcon.PLUS.create(),
                click -> open(OnboardingTemplateEditorView.NEW));
        create.setId("template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Grid<TemplateSummary> grid = new Grid<>();
        grid.setId("templates-grid");
        // the name is a link too, so that keyboard users open a template the way they open any link
        grid.addComponentColumn(t -> new RouterLink(t.name(), OnboardingTemplateEditorView.class,
                        new RouteParameters(OnboardingTemplateEditorView.PARAMETER, t.templateId().toString())))
                .setHeader(getTranslation("onboarding-templates.name")).setFlexGrow(2);
        grid.addColumn(t -> t.serviceLine() == null ? "" : t.serviceLine())
                .setHeader(getTranslation("onboarding-templates.service-line")).setFlexGrow(1);
        grid.addColumn(t -> t.clientKind() == null ? getTranslation("onboarding-templates.client-kind.any")
                : getTranslation("clients.kind." + t.clientKind().name()))
                .setHeader(getTranslation("onboarding-templates.client-kind")).setFlexGrow(1);
        grid.addColumn(t -> t.currentVersion() == null ? getTranslation("onboarding-templates.not-published")
                : getTranslation("onboarding-templates.version-number", t.currentVersion()))
                .setHeader(getTranslation("onboarding-templates.current-version")).setAutoWidth(true);
        grid.addComponentColumn(this::draftBadge).setHeader(getTranslation("onboarding-templates.draft"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::stepCount).setHeader(getTranslation("onboarding-templates.step-count"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> open(click.getItem().templateId().toString()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("onboarding-templates.empty"));
        grid.setItems(templates.list());
        add(intro, create, grid);
    }

    private Span draftBadge(TemplateSummary template) {
        Span cell = new Span();
        if (template.hasDraft()) {
            Badge badge = new Badge(getTranslation("onboarding-templates.draft"));
            badge.addThemeVariants(BadgeVariant.WARNING, BadgeVariant.SMALL);
            cell.add(badge);
        }
        return cell;
    }

    private void open(String templateId) {
        getUI().ifPresent(ui -> ui.navigate(OnboardingTemplateEditorView.class,
                new RouteParameters(OnboardingTemplateEditorView.PARAMETER, templateId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding-templates.title");
    }
}
