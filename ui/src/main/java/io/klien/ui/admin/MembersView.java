package io.klien.ui.admin;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.klien.clients.ClientView;
import io.klien.clients.ClientSearch;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.tenancy.Invitations;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import jakarta.annotation.security.RolesAllowed;

/** Tenant admins see who belongs to the firm, change roles and deactivate members. */
@Menu(title = "nav.members", order = 110)
@Route(value = "admin/members", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final Memberships memberships;
    private final Grid<MembershipView> grid = new Grid<>();

    private final Invitations invitations;
    private final ClientSearch clients;

    public MembersView(Memberships memberships, Invitations invitations, ClientSearch clients) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.clients = clients;
        addClassName("klien-page");
        setSizeFull();
        Button invite = new Button(getTranslation("members.invite"), VaadinIcon.ENVELOPE_O.create(), click -> openInvite());
        invite.setId("members-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(invite);
        grid.setId("members-grid");
        grid.addColumn(MembershipView::displayName).setHeader(getTranslation("members.name")).setFlexGrow(1);
        grid.addColumn(MembershipView::email).setHeader(getTranslation("members.email")).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("members.status." + m.status().name())).setHeader(getTranslation("members.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItems(query -> memberships.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("members.empty"));
        add(grid);
    }

    private void openInvite() {
        Dialog dialog = new Dialog(getTranslation("members.invite"));
        EmailField email = new EmailField(getTranslation("members.email"));
        email.setId("invite-email");
        email.setRequired(true);
        TextField name = new TextField(getTranslation("members.name"));
        name.setId("invite-name");
        name.setRequired(true);
        Select<FirmRole> role = new Select<>();
        role.setId("invite-role");
        role.setLabel(getTranslation("members.role"));
        role.setItems(FirmRole.STAFF, FirmRole.TENANT_ADMIN, FirmRole.CLIENT);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(FirmRole.STAFF);
        ComboBox<ClientView> client = new ComboBox<>(getTranslation("members.client"));
        client.setId("invite-client");
        client.setItemLabelGenerator(ClientView::name);
        client.setItems(query -> clients.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        client.setVisible(false);
        role.addValueChangeListener(change -> client.setVisible(change.getValue() == FirmRole.CLIENT));
        Binder<InviteForm> binder = Forms.binder(InviteForm.class);
        binder.forField(email).bind("email");
        binder.forField(name).bind("displayName");
        binder.forField(client).bind("client");
        Button send = new Button(getTranslation("members.invite.send"), click -> {
            InviteForm form = new InviteForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                invitations.invite(form.getEmail(), form.getDisplayName(), role.getValue(),
                        form.getClient() == null ? null : form.getClient().id());
                dialog.close();
                grid.getDataProvider().refreshAll();
                success(getTranslation("members.invite.sent", form.getEmail()));
            } catch (DomainException e) {
                FieldErrors.show(e, binder, Map.of("clientId", "client"));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(email, name, role, client));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.open();
        email.focus();
    }

    private Select<FirmRole> roleSelect(MembershipView member) {
        Select<FirmRole> role = new Select<>();
        role.setItems(FirmRole.TENANT_ADMIN, FirmRole.STAFF);
        if (member.role() == FirmRole.CLIENT) {
            role.setItems(FirmRole.CLIENT);
            role.setReadOnly(true);
        }
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("members.role-of", member.displayName()));
        role.setEnabled(member.status() == MembershipStatus.ACTIVE);
        role.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            try {
                memberships.changeRole(member.id(), change.getValue(), null);
                success(getTranslation("members.role-changed", member.displayName(), getTranslation("role." + change.getValue().name())));
            } catch (DomainException e) {
                role.setValue(change.getOldValue());
                warn(e);
            }
        });
        return role;
    }

    private HorizontalLayout actions(MembershipView member) {
        Button deactivate = new Button(getTranslation("members.deactivate"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("members.deactivate"),
                    getTranslation("members.deactivate.confirm", member.displayName()),
                    getTranslation("members.deactivate"), accepted -> {
                        memberships.deactivate(member.id());
                        grid.getDataProvider().refreshAll();
                        success(getTranslation("members.deactivated", member.displayName()));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deactivate.setEnabled(member.status() != MembershipStatus.DEACTIVATED);
        deactivate.setId("deactivate-" + member.id());
        return new HorizontalLayout(deactivate);
    }

    private void success(String text) {
        Notices.success(text);
    }

    private static void warn(DomainException e) {
        Notices.withId(Notices.refused(e), "members-warning");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
