package io.klien.ui.onboarding;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.onboarding.OnboardingFilter;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.TemplateSummary;
import io.klien.shared.time.Formats;
import io.klien.tenancy.Memberships;
import io.klien.ui.FirmFormats;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.leads.People;
import jakarta.annotation.security.RolesAllowed;

/** Every onboarding of the firm, paged from the database, filtered by representative, template, status and lateness. */
@Menu(title = "nav.onboarding", order = 40, icon = "vaadin:clipboard-check")
@Route(value = "onboarding", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class OnboardingBoardView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<OnboardingSummary> grid = new Grid<>();
    private final Select<String> representative = new Select<>();
    private final Select<TemplateSummary> template = new Select<>();
    private final Select<OnboardingStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();

    public OnboardingBoardView(Onboardings onboardings, OnboardingTemplates templates, Memberships memberships) {
        addClassName("klien-page");
        setSizeFull();
        People people = People.of(memberships);
        representative.setId("onboarding-filter-representative");
        representative.setEmptySelectionAllowed(true);
        representative.setEmptySelectionCaption(getTranslation("onboarding.ui.filter.any-representative"));
        representative.setItems(people.all().keySet().stream().sorted(java.util.Comparator.comparing(people::name)).toList());
        representative.setItemLabelGenerator(m -> m == null ? getTranslation("onboarding.ui.filter.any-representative")
                : people.name(m));
        template.setId("onboarding-filter-template");
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("onboarding.ui.filter.any-template"));
        List<TemplateSummary> all = templates.list();
        template.setItems(all);
        template.setItemLabelGenerator(t -> t == null ? getTranslation("onboarding.ui.filter.any-template") : t.name());
        status.setId("onboarding-filter-status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("onboarding.ui.filter.any-status"));
        status.setItems(OnboardingStatus.values());
        status.setValue(OnboardingStatus.IN_PROGRESS);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("onboarding.ui.filter.any-status")
                : getTranslation("onboarding.status." + s.name()));
        overdue.setId("onboarding-filter-overdue");
        overdue.setLabel(getTranslation("onboarding.ui.filter.overdue"));
        representative.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        template.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdue.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        com.vaadin.flow.component.html.Anchor adverse = new com.vaadin.flow.component.html.Anchor(
                "onboarding/adverse-parties", getTranslation("onboarding.ui.adverse.title"));
        adverse.setId("onboarding-adverse-parties");
        HorizontalLayout bar = new HorizontalLayout(representative, template, status, overdue, adverse);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);

        Formats dates = FirmFormats.current().formats();
        grid.setId("onboarding-grid");
        grid.addColumn(OnboardingSummary::clientName).setHeader(getTranslation("clients.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(o -> o.templateName() + " v" + o.templateVersion()).setHeader(getTranslation("onboarding.ui.template"))
                .setAutoWidth(true);
        grid.addColumn(o -> people.name(o.representativeSubject())).setHeader(getTranslation("clients.representative"))
                .setAutoWidth(true);
        grid.addComponentColumn(o -> {
            ProgressBar bar1 = new ProgressBar(0, 100, o.progressPercent());
            bar1.setWidth("6rem");
            Span label = new Span(o.progressPercent() + "%");
            HorizontalLayout cell = new HorizontalLayout(bar1, label);
            cell.setAlignItems(FlexComponent.Alignment.CENTER);
            return cell;
        }).setHeader(getTranslation("onboarding.ui.progress-column")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Span due = new Span(dates.date(o.nextDueDate()));
            if (o.overdue()) {
                due.getElement().getThemeList().add("badge");
                due.getElement().getThemeList().add("error");
            }
            return due;
        }).setHeader(getTranslation("onboarding.ui.next-due")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("onboarding.status." + o.status().name()))
                .setHeader(getTranslation("members.status")).setAutoWidth(true);
        grid.setItems(query -> onboardings.board(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OnboardingView.class,
                new RouteParameters("onboardingId", click.getItem().id().toString()))));
        grid.setEmptyStateText(getTranslation("onboarding.ui.board.empty"));
        add(bar, grid);
    }

    private OnboardingFilter filter() {
        return new OnboardingFilter(representative.getValue(),
                template.getValue() == null ? null : template.getValue().templateId(), overdue.getValue(),
                status.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.ui.board.title");
    }
}
