package io.klien.ui.admin;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.ChainVerification;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins browse who changed what in the firm, and check that no entry was altered. */
@Menu(title = "nav.audit", order = 160)
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

        AuditLabels labels = new AuditLabels((key, arguments) -> getTranslation(key, arguments));
        ComboBox<String> action = new ComboBox<>(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(AuditLabels.KNOWN_AREAS.stream().sorted().map(area -> area + ".").toList());
        action.setItemLabelGenerator(labels::area);
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
        grid.addColumn(e -> labels.action(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> labels.summary(nullToEmpty(e.before()))).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> labels.summary(nullToEmpty(e.after()))).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.addColumn(e -> nullToEmpty(e.ip())).setHeader(getTranslation("audit.ip")).setAutoWidth(true);
        grid.setItems(query -> audit.browse(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(bar, grid);
    }

    private void verify() {
        ChainVerification result = audit.verify();
        Notification n = result.intact()
                ? Notices.success(getTranslation("audit.verify.intact", result.entriesChecked()))
                : Notices.failure(getTranslation("audit.verify.broken", result.firstBrokenSeq(),
                        getTranslation("audit.reason." + result.reason())));
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
