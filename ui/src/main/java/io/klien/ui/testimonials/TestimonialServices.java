package io.klien.ui.testimonials;

import java.util.Collection;
import java.util.Map;

import com.vaadin.flow.server.VaadinService;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.shared.PeopleDirectory;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialRequests;
import io.klien.testimonials.Testimonials;
import io.klien.ui.security.ActiveFirm;
import org.springframework.stereotype.Component;

/** What the testimonial pages work with: the testimonials module's services and how they name clients and people. */
@Component
record TestimonialServices(Testimonials testimonials, TestimonialModeration moderation, TestimonialRequests requests,
        Clients clients, ClientContacts contacts, PeopleDirectory people, Tenants tenants, ActiveFirm activeFirm, FirmTime time) {

    /** The application's instance, for components that Spring does not create. */
    static TestimonialServices current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(TestimonialServices.class);
    }

    /** The names of the given people by subject, in one query. */
    Map<String, String> names(Collection<String> subjects) {
        return subjects.isEmpty() ? Map.of() : people.names(subjects);
    }
}
