package io.klien.ui.onboarding;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.onboarding.AdverseParties;
import io.klien.onboarding.AdversePartyView;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.leads.People;
import jakarta.annotation.security.RolesAllowed;

/** The parties the firm has acted against: conflict checks search them by their names' words, in any order. */
@Route(value = "onboarding/adverse-parties", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class AdversePartiesView extends VerticalLayout implements HasDynamicTitle {

    public AdversePartiesView(AdverseParties parties, Memberships memberships) {
        addClassName("klien-page");
        setSizeFull();
        People people = People.of(memberships);
        Anchor back = new Anchor("onboarding", getTranslation("onboarding.ui.all-onboardings"));
        Paragraph help = new Paragraph(getTranslation("onboarding.ui.adverse.help"));
        help.addClassName("klien-muted");
        Grid<AdversePartyView> grid = new Grid<>();
        grid.setId("adverse-grid");
        grid.addColumn(AdversePartyView::name).setHeader(getTranslation("onboarding.ui.conflict.name")).setFlexGrow(1);
        grid.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(getTranslation("onboarding.ui.adverse.note"))
                .setFlexGrow(1);
        grid.addColumn(p -> people.name(p.recordedBy())).setHeader(getTranslation("onboarding.ui.adverse.recorded-by"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                try {
                    parties.remove(p.id());
                    grid.getDataProvider().refreshAll();
                    Notices.success(getTranslation("onboarding.ui.adverse.removed", p.name()));
                } catch (DomainException e) {
                    Notices.error(getTranslation(e.messageKey(), e.arguments()));
                }
            });
            remove.getElement().setAttribute("aria-label", getTranslation("onboarding.ui.adverse.remove", p.name()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        grid.setItems(query -> parties.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("onboarding.ui.adverse.empty"));

        TextField name = new TextField(getTranslation("onboarding.ui.conflict.name"));
        name.setId("adverse-name");
        name.setMaxLength(200);
        TextField note = new TextField(getTranslation("onboarding.ui.adverse.note"));
        note.setId("adverse-note");
        note.setMaxLength(1000);
        note.setWidth("24rem");
        Button record = new Button(getTranslation("onboarding.ui.adverse.record"), VaadinIcon.PLUS.create(), click -> {
            try {
                AdversePartyView recorded = parties.record(name.getValue(), note.getValue());
                name.clear();
                note.clear();
                name.setInvalid(false);
                grid.getDataProvider().refreshAll();
                Notices.success(getTranslation("onboarding.ui.adverse.recorded", recorded.name()));
                name.focus();
            } catch (DomainException e) {
                name.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                name.setInvalid(true);
            }
        });
        record.setId("adverse-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(name, note, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(back, help, form, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.ui.adverse.title");
    }
}
