package io.klien.ui.testimonials;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;

/** How testimonial pages put a testimonial into words: its state, consent, rating and the name it shows. */
final class TestimonialWords {

    private TestimonialWords() {
    }

    /** The state as a badge, in words ("Waiting for moderation"). */
    static Span state(Component page, TestimonialState state) {
        Span badge = new Span(page.getTranslation("testimonials.ui.state." + state.name()));
        badge.getElement().getThemeList().add(switch (state) {
            case APPROVED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge error";
            case SUGGESTED_EDIT -> "badge contrast";
            case SUBMITTED -> "badge";
        });
        return badge;
    }

    /** Whether it is shown anywhere now: published (and featured) or not. */
    static String publication(Component page, TestimonialView t) {
        return page.getTranslation(t.featured() ? "testimonials.ui.featured"
                : t.published() ? "testimonials.ui.published" : "testimonials.ui.not-published");
    }

    /** The rating as five stars, read out as "4 of 5 stars". */
    static Span stars(Component page, int rating) {
        Span stars = new Span("\u2605".repeat(rating) + "\u2606".repeat(Math.max(0, 5 - rating)));
        stars.addClassName("klien-stars");
        stars.getElement().setAttribute("role", "img");
        stars.getElement().setAttribute("aria-label", page.getTranslation("testimonials.ui.stars", rating));
        return stars;
    }

    /** Where it may appear, in words and in a fixed order ("Website, Proposals"). */
    static String scopes(Component page, Set<ConsentScope> scopes) {
        return Arrays.stream(ConsentScope.values()).filter(scopes::contains)
                .map(s -> page.getTranslation("testimonials.ui.scope." + s.name()))
                .collect(Collectors.joining(", "));
    }

    static String attribution(Component page, Attribution attribution) {
        return page.getTranslation("testimonials.ui.attribution." + attribution.name());
    }

    /** The name a published testimonial would show: the name, its initials ("B. S.") or "A client". */
    static String shownName(Component page, String name, Attribution attribution) {
        return switch (attribution) {
            case NAME -> name.strip();
            case INITIALS -> Arrays.stream(name.strip().split("\\s+")).filter(part -> !part.isEmpty())
                    .map(part -> new String(Character.toChars(part.codePointAt(0))).toUpperCase(Locale.ROOT) + ".")
                    .collect(Collectors.joining(" "));
            case ANONYMOUS -> page.getTranslation("testimonials.ui.anonymous");
        };
    }

    /** Where the person giving a testimonial is, as this browser session knows it: kept with the consent. */
    static GivenFrom givenFrom() {
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        return browser == null ? GivenFrom.UNKNOWN : new GivenFrom(browser.getAddress(), browser.getBrowserApplication());
    }
}
