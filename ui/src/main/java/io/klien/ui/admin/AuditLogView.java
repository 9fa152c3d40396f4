package io.klien.ui.admin;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.ChainVerification;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins browse who changed what in the firm, and check that no entry was altered. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final Grid<AuditEntryView> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.all();

    public AuditLogView(AuditLog audit, FirmFormats formats) {
        this.audit = audit;
        addClassName("klien-page");
        setSizeFull();
        Formats time = formats.formats();

        ComboBox<String> action = new ComboBox<>(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems("tenant.", "membership.", "branding.");
        action.setItemLabelGenerator(prefix -> getTranslation("audit.action." + prefix.replace(".", "")));
        action.setClearButtonVisible(true);
        TextField actor = new TextField(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        Runnable apply = () -> {
            filter = AuditFilter.all().withActionPrefix(action.getValue()).withActor(actor.getValue());
            grid.getDataProvider().refreshAll();
        };
        action.addValueChangeListener(change -> apply.run());
        actor.addValueChangeListener(change -> apply.run());
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), click -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout bar = new HorizontalLayout(action, actor, verify);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addColumn(e -> time.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.actorName() != null ? e.actorName() : e.actorSubject() != null ? e.actorSubject()
                : getTranslation("audit.system")).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.before())).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> nullToEmpty(e.after())).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.addColumn(e -> nullToEmpty(e.ip())).setHeader(getTranslation("audit.ip")).setAutoWidth(true);
        grid.setItems(query -> audit.browse(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(bar, grid);
    }

    private void verify() {
        ChainVerification result = audit.verify();
        Notification n;
        if (result.intact()) {
            n = Notification.show(getTranslation("audit.verify.intact", result.entriesChecked()), 5000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            n = Notification.show(getTranslation("audit.verify.broken", result.firstBrokenSeq(),
                    getTranslation("audit.reason." + result.reason())), 10000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        n.setId("audit-verify-result");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
