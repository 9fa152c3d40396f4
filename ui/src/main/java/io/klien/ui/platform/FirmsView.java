package io.klien.ui.platform;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import io.klien.shared.DomainException;
import io.klien.tenancy.FirmProvisioning;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Platform operators: every firm on the platform, and a new one. */
@Menu(title = "nav.platform-firms", order = 200, icon = "vaadin:building")
@Route(value = "platform/firms", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class FirmsView extends VerticalLayout implements HasDynamicTitle {

    private final Tenants tenants;
    private final Grid<TenantView> grid = new Grid<>();

    private final FirmProvisioning provisioning;

    public FirmsView(Tenants tenants, FirmProvisioning provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        addClassName("klien-page");
        setSizeFull();
        Button add = new Button(getTranslation("platform.firms.new"), VaadinIcon.PLUS.create(), click -> openNewFirm());
        add.setId("firms-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("firms-grid");
        grid.addColumn(TenantView::name).setHeader(getTranslation("platform.firms.name")).setFlexGrow(1);
        grid.addColumn(TenantView::slug).setHeader(getTranslation("platform.firms.slug")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tenant.kind." + t.kind().name())).setHeader(getTranslation("platform.firms.kind")).setAutoWidth(true);
        grid.setItems(query -> tenants.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("platform.firms.empty"));
        add(add, grid);
    }

    private void openNewFirm() {
        Dialog dialog = new Dialog(getTranslation("platform.firms.new"));
        TextField name = new TextField(getTranslation("platform.firms.name"));
        name.setId("firm-name");
        name.setRequired(true);
        TextField slug = new TextField(getTranslation("platform.firms.slug"));
        slug.setId("firm-slug");
        slug.setHelperText(getTranslation("platform.firms.slug.help"));
        name.addValueChangeListener(change -> {
            if (slug.isEmpty() || !change.isFromClient()) {
                slug.setValue(change.getValue().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
            }
        });
        Select<TenantKind> kind = new Select<>();
        kind.setLabel(getTranslation("platform.firms.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("tenant.kind." + k.name()));
        kind.setValue(TenantKind.LAW_FIRM);
        ComboBox<String> locale = new ComboBox<>(getTranslation("platform.firms.locale"), "en", "id");
        locale.setValue("en");
        TextField zone = new TextField(getTranslation("platform.firms.time-zone"), "Asia/Jakarta", "");
        zone.setValue("Asia/Jakarta");
        EmailField adminEmail = new EmailField(getTranslation("platform.firms.admin-email"));
        adminEmail.setId("firm-admin-email");
        adminEmail.setRequired(true);
        TextField adminName = new TextField(getTranslation("platform.firms.admin-name"));
        adminName.setId("firm-admin-name");
        adminName.setRequired(true);
        Binder<NewFirmForm> binder = Forms.binder(NewFirmForm.class);
        binder.forField(name).bind("name");
        binder.forField(slug).bind("slug");
        binder.forField(adminEmail).bind("adminEmail");
        binder.forField(adminName).bind("adminName");
        Button save = new Button(getTranslation("action.create"), click -> {
            NewFirmForm form = new NewFirmForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                TenantView created = provisioning.provision(new NewFirm(form.getSlug(), form.getName(), kind.getValue(),
                        locale.getValue() == null ? "en" : locale.getValue(), zone.getValue()),
                        form.getAdminEmail(), form.getAdminName());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notices.success(getTranslation("platform.firms.created", created.name()));
            } catch (DomainException e) {
                // the first admin is invited as part of provisioning: the invitation's inputs are the admin's
                FieldErrors.show(e, binder, Map.of("email", "adminEmail", "displayName", "adminName"));
            }
        });
        save.setId("firm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(new FormLayout(name, slug, kind, locale, zone, adminEmail, adminName));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.firms.title");
    }
}
