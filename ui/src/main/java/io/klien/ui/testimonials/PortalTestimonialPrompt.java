package io.klien.ui.testimonials;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.tenancy.TenantView;
import io.klien.testimonials.TestimonialRequestView;

/**
 * The testimonials part of the portal home: when the firm asked the client user for a testimonial, a prompt to give
 * one; always a link to the client's own testimonials.
 */
public class PortalTestimonialPrompt extends Div {

    public PortalTestimonialPrompt() {
        TestimonialServices services = TestimonialServices.current();
        setId("portal-testimonial-prompt");
        List<TestimonialRequestView> open = services.requests().openForMe();
        Anchor mine = new Anchor(PortalTestimonialsView.ROUTE, getTranslation("portal.testimonials.mine"));
        mine.setId("portal-testimonials-link");
        if (open.isEmpty()) {
            add(new Paragraph(mine));
            return;
        }
        String firm = services.activeFirm().firm().map(TenantView::displayName).orElse("");
        H3 title = new H3(getTranslation("portal.testimonials.prompt", firm));
        title.setId("portal-testimonial-prompt-title");
        Anchor give = new Anchor(PortalTestimonialsView.ROUTE + "/" + PortalTestimonialFormView.GIVE,
                getTranslation("portal.testimonials.prompt.give"));
        give.setId("portal-testimonial-prompt-give");
        give.addClassName("klien-card-title");
        addClassName("klien-card");
        add(title, new Paragraph(getTranslation("portal.testimonials.prompt.text")), new Paragraph(give),
                new Paragraph(mine));
    }
}
