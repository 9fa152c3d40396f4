package io.klien.ui.testimonials;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import io.klien.clients.ContactView;
import io.klien.shared.DomainException;
import io.klien.testimonials.IssuedAsk;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.testimonials.TestimonialView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;

/**
 * A client's testimonials and the asks made to its contacts, on the client page; staff ask a contact by hand here,
 * and when the firm's ask rules say not now, the dialog says which rule.
 */
public class ClientTestimonialsTab extends Div {

    private final UUID clientId;
    private final TestimonialServices services;
    private final FirmFormats formats;

    public ClientTestimonialsTab(UUID clientId) {
        this.clientId = clientId;
        this.services = TestimonialServices.current();
        this.formats = FirmFormats.current();
        setId("client-testimonials");
        render();
    }

    private void render() {
        removeAll();
        Button ask = new Button(getTranslation("testimonials.ui.ask"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                click -> openAsk());
        ask.setId("client-testimonials-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Grid<TestimonialView> given = new Grid<>();
        given.setId("client-testimonials-grid");
        given.addColumn(t -> formats.date(t.submittedAt())).setHeader(getTranslation("testimonials.ui.submitted"))
                .setAutoWidth(true);
        given.addComponentColumn(t -> TestimonialWords.stars(this, t.rating()))
                .setHeader(getTranslation("testimonials.ui.rating")).setAutoWidth(true);
        given.addColumn(t -> ModerationView.excerpt(t.text())).setHeader(getTranslation("testimonials.ui.text"))
                .setFlexGrow(3);
        given.addComponentColumn(t -> TestimonialWords.state(this, t.state()))
                .setHeader(getTranslation("testimonials.ui.state")).setAutoWidth(true);
        given.addColumn(t -> TestimonialWords.publication(this, t))
                .setHeader(getTranslation("testimonials.ui.publication")).setAutoWidth(true);
        given.setAllRowsVisible(true);
        given.setEmptyStateText(getTranslation("testimonials.ui.client.none"));
        given.setItems(services.testimonials().ofClient(clientId));
        given.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ModerationView.class,
                QueryParameters.of("open", click.getItem().id().toString()))));

        Grid<TestimonialRequestView> asks = new Grid<>();
        asks.setId("client-testimonial-asks-grid");
        asks.addColumn(TestimonialRequestView::contactName).setHeader(getTranslation("testimonials.ui.contact"))
                .setFlexGrow(1);
        asks.addColumn(r -> formats.dateTime(r.askedAt())).setHeader(getTranslation("testimonials.ui.asked-at"))
                .setAutoWidth(true);
        asks.addColumn(r -> getTranslation("testimonials.ui.trigger." + r.trigger().name()))
                .setHeader(getTranslation("testimonials.ui.trigger")).setAutoWidth(true);
        asks.addColumn(r -> getTranslation(r.portal() ? "testimonials.ui.channel.portal" : "testimonials.ui.channel.link"))
                .setHeader(getTranslation("testimonials.ui.channel")).setAutoWidth(true);
        asks.addColumn(this::askState).setHeader(getTranslation("testimonials.ui.ask-state")).setAutoWidth(true);
        asks.setAllRowsVisible(true);
        asks.setEmptyStateText(getTranslation("testimonials.ui.client.no-asks"));
        asks.setItems(services.requests().ofClient(clientId));

        add(ask, new H3(getTranslation("testimonials.ui.client.given")), given,
                new H3(getTranslation("testimonials.ui.client.asks")), asks);
    }

    private String askState(TestimonialRequestView r) {
        if (r.usedAt() != null) {
            return getTranslation("testimonials.ui.ask-state.answered", formats.date(r.usedAt()));
        }
        if (!r.expiresAt().isAfter(services.time().now())) {
            return getTranslation("testimonials.ui.ask-state.expired", formats.date(r.expiresAt()));
        }
        return getTranslation("testimonials.ui.ask-state.open", formats.date(r.expiresAt()));
    }

    private void openAsk() {
        Dialog dialog = new Dialog(getTranslation("testimonials.ui.ask"));
        dialog.setId("testimonial-ask-dialog");
        List<ContactView> contacts = services.contacts().contacts(clientId);
        ComboBox<ContactView> contact = new ComboBox<>(getTranslation("testimonials.ui.contact"));
        contact.setId("testimonial-ask-contact");
        contact.setItems(contacts);
        contact.setItemLabelGenerator(c -> c.email() == null ? c.name() : c.name() + " (" + c.email() + ")");
        contact.setWidthFull();
        contacts.stream().filter(ContactView::primary).findFirst().ifPresent(contact::setValue);
        Paragraph explain = new Paragraph(getTranslation("testimonials.ui.ask.explain"));
        explain.addClassName("klien-muted");
        Button send = new Button(getTranslation("testimonials.ui.ask.send"), click -> {
            ContactView chosen = contact.getValue();
            if (chosen == null) {
                contact.setInvalid(true);
                contact.setErrorMessage(getTranslation("testimonials.ui.ask.choose"));
                return;
            }
            try {
                IssuedAsk issued = services.requests().ask(clientId, chosen.id());
                dialog.close();
                render();
                Notices.withId(Notices.success(getTranslation(issued.request().portal()
                        ? "testimonials.ui.ask.sent-portal" : "testimonials.ui.ask.sent-link", chosen.name())),
                        "testimonial-ask-done");
            } catch (DomainException notNow) {
                contact.setInvalid(true);
                contact.setErrorMessage(getTranslation(notNow.messageKey(), notNow.arguments()));
            }
        });
        send.setId("testimonial-ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (contacts.isEmpty()) {
            explain.setText(getTranslation("testimonials.ui.ask.no-contacts"));
            send.setEnabled(false);
        }
        dialog.add(explain, contact);
        Button cancel = new Button(getTranslation("action.cancel"), c -> dialog.close());
        cancel.setId("testimonial-ask-cancel");
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }
}
