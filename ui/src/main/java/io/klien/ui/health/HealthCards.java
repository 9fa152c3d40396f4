package io.klien.ui.health;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.klien.shared.FirmRole;
import io.klien.testimonials.ClientAtRisk;
import io.klien.testimonials.HealthOverview;
import io.klien.testimonials.NetPromoterScore;
import io.klien.ui.FirmFormats;
import io.klien.ui.testimonials.ModerationView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The staff dashboard's relationship cards: clients at risk (the first few, each with its reasons and a link to the
 * client), the firm's NPS over the last {@value #NPS_DAYS} days, and the testimonials published and awaiting
 * moderation (with a link to the moderation queue for staff and admins). Each card reads in a fixed number of
 * statements.
 */
public final class HealthCards {

    /** The NPS window of the dashboard, in days. */
    public static final int NPS_DAYS = 90;
    /** How many clients at risk the dashboard lists. */
    static final int AT_RISK_SHOWN = 5;

    private HealthCards() {
    }

    /** The three cards, in the order the dashboard shows them. */
    public static Div[] all() {
        HealthServices services = HealthServices.current();
        FirmFormats formats = FirmFormats.current();
        HealthOverview overview = services.health().overview(NPS_DAYS);
        boolean moderates = services.activeFirm().role()
                .filter(r -> r == FirmRole.TENANT_ADMIN || r == FirmRole.STAFF).isPresent();
        return new Div[] {atRisk(services.health().atRisk(PageRequest.of(0, AT_RISK_SHOWN)), formats),
                nps(overview), testimonials(overview, moderates)};
    }

    static Div atRisk(Page<ClientAtRisk> page, FirmFormats formats) {
        Div card = card("home.at-risk", "dashboard-at-risk");
        Span total = new Span(String.valueOf(page.getTotalElements()));
        total.setId("dashboard-at-risk-count");
        card.add(row(card.getTranslation("home.at-risk.count"), total));
        if (page.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("home.at-risk.none"));
            none.setId("dashboard-at-risk-none");
            none.addClassName("klien-muted");
            card.add(none);
        }
        for (ClientAtRisk client : page) {
            Anchor link = new Anchor("clients/" + client.clientId(), client.clientName());
            link.setId("dashboard-at-risk-" + client.clientId());
            Div reasons = new Div();
            reasons.addClassName("klien-muted");
            reasons.setText(String.join(" · ", client.reasons().stream()
                    .map(r -> RiskTexts.of(card, r, formats)).toList()));
            Div entry = new Div(link, reasons);
            entry.addClassName("klien-at-risk-client");
            card.add(entry);
        }
        return card;
    }

    static Div nps(HealthOverview overview) {
        Div card = card("home.nps", "dashboard-nps");
        NetPromoterScore nps = overview.nps();
        Span score = new Span(nps.score() == null ? "—" : String.valueOf(nps.score()));
        score.setId("dashboard-nps-score");
        card.add(row(card.getTranslation("home.nps.score", overview.days()), score));
        Paragraph split = new Paragraph(card.getTranslation("home.nps.split", nps.promoters(), nps.passives(),
                nps.detractors()));
        split.setId("dashboard-nps-split");
        split.addClassName("klien-muted");
        card.add(split);
        return card;
    }

    /** The testimonial counts; for those who moderate, with the way to the queue (it opens on those waiting). */
    static Div testimonials(HealthOverview overview, boolean moderates) {
        Div card = card("home.testimonials", "dashboard-testimonials");
        Span published = new Span(String.valueOf(overview.publishedTestimonials()));
        published.setId("dashboard-testimonials-published");
        Span waiting = new Span(String.valueOf(overview.testimonialsAwaitingModeration()));
        waiting.setId("dashboard-testimonials-waiting");
        card.add(row(card.getTranslation("home.testimonials.published"), published),
                row(card.getTranslation("home.testimonials.waiting"), waiting));
        if (moderates) {
            RouterLink queue = new RouterLink(card.getTranslation("home.testimonials.open"), ModerationView.class);
            queue.setId("dashboard-testimonials-queue");
            card.add(new Div(queue));
        }
        return card;
    }

    private static Div card(String titleKey, String id) {
        Div card = new Div();
        card.add(new H3(card.getTranslation(titleKey)));
        card.addClassName("klien-card");
        card.setId(id);
        return card;
    }

    private static Div row(String label, Span value) {
        Div row = new Div(new Span(label), value);
        row.addClassName("klien-dashboard-row");
        return row;
    }
}
