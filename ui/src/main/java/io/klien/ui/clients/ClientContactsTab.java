package io.klien.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.tenancy.Invitations;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/** The client page's contacts tab: the client's people, adding one, and inviting one to the client portal. */
class ClientContactsTab extends Div {

    ClientContactsTab(ClientProfile client, ClientContacts clients, Invitations invitations) {
        Grid<ContactView> grid = new Grid<>();
        grid.setId("client-contacts");
        grid.addColumn(c -> c.name() + (c.primary() ? " ★" : "")).setHeader(getTranslation("clients.contact.name")).setFlexGrow(1);
        grid.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("members.email")).setFlexGrow(1);
        grid.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader(getTranslation("leads.phone")).setAutoWidth(true);
        grid.addColumn(c -> c.roleTitle() == null ? "" : c.roleTitle()).setHeader(getTranslation("clients.contact.role")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            if (c.email() == null) {
                return new Span();
            }
            Button invite = new Button(getTranslation("clients.contact.invite"), VaadinIcon.ENVELOPE_O.create(), click -> {
                // a refusal (already a member, address unverified) is shown by UiErrorHandling
                invitations.invite(c.email(), c.name(), FirmRole.CLIENT, client.id());
                Notices.success(getTranslation("clients.contact.invited", c.email()));
            });
            invite.setId("contact-invite-" + c.id());
            invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return invite;
        }).setAutoWidth(true);
        grid.setItems(clients.contacts(client.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("clients.contacts.empty"));

        TextField contactName = new TextField(getTranslation("clients.contact.name"));
        contactName.setId("contact-name");
        EmailField email = new EmailField(getTranslation("members.email"));
        email.setId("contact-email");
        TextField phone = new TextField(getTranslation("leads.phone"));
        TextField role = new TextField(getTranslation("clients.contact.role"));
        Button add = new Button(getTranslation("clients.contact.add"), click -> {
            try {
                clients.addContact(client.id(), new ContactDetails(contactName.getValue(), blank(email.getValue()),
                        blank(phone.getValue()), blank(role.getValue())), false);
                grid.setItems(clients.contacts(client.id()));
                contactName.clear();
                email.clear();
                phone.clear();
                role.clear();
                Notices.success(getTranslation("clients.contact.added"));
            } catch (DomainException e) {
                TextField target = e.messageKey().contains("phone") ? phone : contactName;
                if (e.messageKey().contains("email")) {
                    email.setInvalid(true);
                    email.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                } else {
                    target.setInvalid(true);
                    target.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                }
            }
        });
        add.setId("contact-add");
        HorizontalLayout form = new HorizontalLayout(contactName, email, phone, role, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
                add(grid, form);
    }

    private static @Nullable String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
