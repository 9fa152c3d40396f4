package io.klien.ui.testimonials;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.shared.DomainException;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.portal.PortalLayout;
import io.klien.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Giving a testimonial in the portal ({@code portal/testimonials/give}) or editing one of the client's own
 * ({@code portal/testimonials/<id>}: it goes back to the firm's review). Another client's testimonial, a withdrawn
 * one or an unknown id is "not found".
 */
@Route(value = PortalTestimonialsView.ROUTE + "/:" + PortalTestimonialFormView.PARAMETER, layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalTestimonialFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "testimonialId";
    /** The parameter value that gives a new testimonial. */
    public static final String GIVE = "give";

    private final TestimonialServices services;
    private final CurrentUser currentUser;
    private @Nullable TestimonialView editing;

    PortalTestimonialFormView(TestimonialServices services, CurrentUser currentUser) {
        this.services = services;
        this.currentUser = currentUser;
        addClassName("klien-page");
        addClassName("klien-portal-testimonial-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("");
        editing = null;
        if (!GIVE.equals(parameter)) {
            Optional<UUID> id = RecordNotFound.id(parameter);
            try {
                editing = id.map(services.testimonials()::get).filter(t -> t.state() != TestimonialState.WITHDRAWN)
                        .orElse(null);
            } catch (DomainException notYours) {
                editing = null;
            }
            if (editing == null) {
                event.rerouteToError(RecordNotFound.class);
                return;
            }
        }
        render();
    }

    private void render() {
        removeAll();
        TestimonialView existing = editing;
        Anchor back = new Anchor(PortalTestimonialsView.ROUTE, getTranslation("portal.testimonials.back"));
        back.setId("portal-testimonials-back");
        H2 title = new H2(getPageTitle());
        title.setId("portal-testimonial-form-title");
        add(back, title);
        if (existing != null) {
            Paragraph again = new Paragraph(getTranslation("portal.testimonials.edit-explain"));
            again.setId("portal-testimonial-edit-explain");
            again.addClassName("klien-muted");
            add(again);
        } else {
            String firm = services.activeFirm().firm().map(f -> f.displayName()).orElse("");
            Paragraph intro = new Paragraph(getTranslation("portal.testimonials.give-intro", firm));
            intro.addClassName("klien-muted");
            add(intro);
        }
        String language = getLocale().getLanguage();
        TestimonialForm form = new TestimonialForm(() -> services.testimonials().consentText(language), existing,
                currentUser.require().displayName(),
                getTranslation(existing == null ? "testimonials.ui.form.give" : "testimonials.ui.form.save"),
                given -> existing == null ? services.testimonials().give(given, TestimonialWords.givenFrom())
                        : services.testimonials().edit(existing.id(), existing.version(), given,
                        TestimonialWords.givenFrom()),
                saved -> {
                    getUI().ifPresent(ui -> ui.navigate(PortalTestimonialsView.class));
                    Notices.withId(Notices.success(getTranslation(existing == null ? "portal.testimonials.given"
                            : "portal.testimonials.saved")), "portal-testimonial-done");
                });
        if (existing != null && existing.picture() != null) {
            form.allowRemovingPicture(() -> {
                try {
                    services.testimonials().removePicture(existing.id(), existing.version());
                    getUI().ifPresent(ui -> ui.navigate(PortalTestimonialsView.class));
                    Notices.withId(Notices.success(getTranslation("portal.testimonials.picture-removed")),
                            "portal-testimonial-done");
                } catch (DomainException refused) {
                    Notices.refused(refused);
                }
            });
        }
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "portal.testimonials.give" : "portal.testimonials.edit-title");
    }
}
