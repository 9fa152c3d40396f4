package io.klien.ui.testimonials;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.klien.shared.tenant.TenantContext;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's own testimonials in the portal: each with its state in words and what was consented, to edit (it goes
 * back to the firm's review), withdraw (after a confirmation; taken down everywhere at once) or, when the firm
 * suggested an edit, to accept or decline it with both texts side by side. Only the client's own are listed.
 */
@Route(value = PortalTestimonialsView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalTestimonialsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "portal/testimonials";

    private final TestimonialServices services;
    private final FirmFormats formats;

    PortalTestimonialsView(TestimonialServices services, FirmFormats formats) {
        this.services = services;
        this.formats = formats;
        addClassName("klien-page");
        addClassName("klien-portal-testimonials");
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("portal", getTranslation("portal.projects.back"));
        back.setId("portal-back");
        H2 title = new H2(getTranslation("portal.testimonials.title"));
        title.setId("portal-testimonials-title");
        Button give = new Button(getTranslation("portal.testimonials.give"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalTestimonialFormView.class,
                        new RouteParameters(PortalTestimonialFormView.PARAMETER, PortalTestimonialFormView.GIVE))));
        give.setId("portal-testimonials-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(back, title, give);
        UUID clientId = TenantContext.acting().clientId();
        List<TestimonialView> mine = clientId == null ? List.of() : services.testimonials().ofClient(clientId);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.testimonials.none"));
            none.setId("portal-testimonials-none");
            none.addClassName("klien-muted");
            add(none);
        }
        mine.forEach(t -> add(card(t)));
    }

    private Div card(TestimonialView t) {
        Div card = new Div();
        card.setId("portal-testimonial-" + t.id());
        card.addClassName("klien-card");
        Span state = new Span(stateInWords(t));
        state.setId("portal-testimonial-state-" + t.id());
        state.addClassName(t.state() == TestimonialState.REJECTED ? "klien-warning-text" : "klien-muted");
        Paragraph text = new Paragraph(t.text());
        text.setId("portal-testimonial-text-" + t.id());
        text.getStyle().set("white-space", "pre-line");
        Paragraph consent = new Paragraph(getTranslation("portal.testimonials.consent",
                TestimonialWords.scopes(this, t.scopes()), TestimonialWords.attribution(this, t.attribution()),
                TestimonialWords.shownName(this, t.displayName(), t.attribution()), formats.date(t.consentedAt())));
        consent.setId("portal-testimonial-consent-" + t.id());
        consent.addClassName("klien-muted");
        card.add(new Div(TestimonialWords.stars(this, t.rating()), new Span(" "), state), text, consent);
        if (t.state() == TestimonialState.SUGGESTED_EDIT && t.suggestedText() != null) {
            card.add(suggestion(t));
        }
        if (t.state() != TestimonialState.WITHDRAWN) {
            Button edit = new Button(getTranslation("portal.testimonials.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PortalTestimonialFormView.class,
                            new RouteParameters(PortalTestimonialFormView.PARAMETER, t.id().toString()))));
            edit.setId("portal-testimonial-edit-" + t.id());
            Button withdraw = new Button(getTranslation("portal.testimonials.withdraw"), VaadinIcon.TRASH.create(),
                    click -> confirmWithdraw(t));
            withdraw.setId("portal-testimonial-withdraw-" + t.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout actions = new HorizontalLayout(edit, withdraw);
            actions.setWrap(true);
            card.add(actions);
        }
        return card;
    }

    private String stateInWords(TestimonialView t) {
        return switch (t.state()) {
            case SUBMITTED -> getTranslation("portal.testimonials.state.SUBMITTED");
            case SUGGESTED_EDIT -> getTranslation("portal.testimonials.state.SUGGESTED_EDIT");
            case APPROVED -> getTranslation(t.published() ? "portal.testimonials.state.PUBLISHED"
                    : "portal.testimonials.state.APPROVED");
            case REJECTED -> getTranslation("portal.testimonials.state.REJECTED",
                    t.rejectReason() == null ? "" : t.rejectReason());
            case WITHDRAWN -> getTranslation("portal.testimonials.state.WITHDRAWN", formats.date(t.withdrawnAt()));
        };
    }

    /** The firm's suggested edit next to the client's own text, to accept or decline. */
    private Div suggestion(TestimonialView t) {
        Paragraph yours = new Paragraph(t.text());
        yours.setId("portal-testimonial-yours-" + t.id());
        yours.getStyle().set("white-space", "pre-line");
        Paragraph suggested = new Paragraph(t.suggestedText());
        suggested.setId("portal-testimonial-suggested-" + t.id());
        suggested.getStyle().set("white-space", "pre-line");
        Div yourSide = new Div(new H3(getTranslation("portal.testimonials.your-text")), yours);
        Div theirSide = new Div(new H3(getTranslation("portal.testimonials.suggested-text")), suggested);
        Button accept = new Button(getTranslation("portal.testimonials.accept"), VaadinIcon.CHECK.create(), click -> {
            if (unchanged(t)) {
                services.testimonials().acceptSuggestion(t.id());
                render();
                Notices.withId(Notices.success(getTranslation("portal.testimonials.accepted")),
                        "portal-testimonial-done");
            }
        });
        accept.setId("portal-testimonial-accept-" + t.id());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("portal.testimonials.decline"), click -> {
            if (unchanged(t)) {
                services.testimonials().declineSuggestion(t.id());
                render();
                Notices.withId(Notices.success(getTranslation("portal.testimonials.declined")),
                        "portal-testimonial-done");
            }
        });
        decline.setId("portal-testimonial-decline-" + t.id());
        Div sides = new Div(yourSide, theirSide);
        sides.addClassName("klien-testimonial-compare");
        sides.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        yourSide.getStyle().set("flex", "1 1 16em");
        theirSide.getStyle().set("flex", "1 1 16em");
        HorizontalLayout buttons = new HorizontalLayout(accept, decline);
        buttons.setWrap(true);
        Div box = new Div(new Paragraph(getTranslation("portal.testimonials.suggestion-explain")), sides, buttons);
        box.setId("portal-testimonial-suggestion-" + t.id());
        box.addClassName("klien-card");
        return box;
    }

    /**
     * Whether the testimonial is still as the client saw it: the firm may have changed its suggestion meanwhile, and
     * nobody accepts a text they have not read. If it changed, the page shows the latest with a warning.
     */
    private boolean unchanged(TestimonialView seen) {
        if (services.testimonials().get(seen.id()).version() == seen.version()) {
            return true;
        }
        render();
        Notices.withId(Notices.warning(getTranslation("testimonials.changed-meanwhile")), "portal-testimonial-stale");
        return false;
    }

    private void confirmWithdraw(TestimonialView t) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("portal.testimonials.withdraw"),
                getTranslation("portal.testimonials.withdraw-confirm"), getTranslation("portal.testimonials.withdraw"),
                accepted -> {
                    services.testimonials().withdraw(t.id());
                    render();
                    Notices.withId(Notices.success(getTranslation("portal.testimonials.withdrawn")),
                            "portal-testimonial-done");
                });
        confirm.setId("portal-testimonial-withdraw-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.testimonials.title");
    }
}
