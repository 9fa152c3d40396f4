package io.klien.ui.health;

import java.util.Collection;
import java.util.Map;

import com.vaadin.flow.server.VaadinService;
import io.klien.shared.PeopleDirectory;
import io.klien.testimonials.LoyaltyGestures;
import io.klien.testimonials.NpsSurveys;
import io.klien.testimonials.RelationshipHealth;
import io.klien.ui.security.ActiveFirm;
import org.springframework.stereotype.Component;

/** What the health components work with: the relationship-health services and how they name people. */
@Component
record HealthServices(RelationshipHealth health, NpsSurveys surveys, LoyaltyGestures gestures,
        PeopleDirectory people, ActiveFirm activeFirm) {

    /** The application's instance, for components that Spring does not create. */
    static HealthServices current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(HealthServices.class);
    }

    /** The active firm's name as its clients see it. */
    String firmName() {
        return activeFirm.firm().map(io.klien.tenancy.TenantView::displayName).orElse("");
    }

    /** The names of the given people by subject, in one query. */
    Map<String, String> names(Collection<String> subjects) {
        return subjects.isEmpty() ? Map.of() : people.names(subjects);
    }
}
