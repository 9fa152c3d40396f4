package io.klien.ui.health;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.NpsSurveys;
import org.jspecify.annotations.Nullable;

/**
 * The page a single-use NPS link opens, without signing in: the firm's question, answered once. A used, expired or
 * forged link (or one naming no firm) says so and saves nothing.
 */
@Route(NpsLinkView.ROUTE + "/:" + NpsLinkView.FIRM + "/:" + NpsLinkView.TOKEN)
@AnonymousAllowed
public class NpsLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "nps";
    static final String FIRM = "firm";
    static final String TOKEN = "token";

    private final NpsSurveys surveys;
    private final Tenants tenants;

    public NpsLinkView(NpsSurveys surveys, Tenants tenants) {
        this.surveys = surveys;
        this.tenants = tenants;
        addClassName("klien-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UUID firmId = event.getRouteParameters().get(FIRM).flatMap(NpsLinkView::uuid).orElse(null);
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        Div card = new Div();
        card.addClassName("klien-card");
        H1 title = new H1(getTranslation("health.nps.title"));
        title.setId("nps-link-title");
        card.add(title);
        add(card);
        if (firmId == null) {
            refused(card, "health.nps.link-unknown");
            return;
        }
        Scope visitor = Scope.visitor(firmId);
        @Nullable TenantView firm;
        try {
            firm = TenantContext.callIn(visitor, () -> tenants.find(firmId)).orElse(null);
            if (firm == null || !firm.active()) {
                refused(card, "health.nps.link-unknown");
                return;
            }
            TenantContext.callIn(visitor, () -> surveys.surveyOfLink(token));
        } catch (DomainException e) {
            refused(card, e.messageKey());
            return;
        }
        String firmName = firm.displayName();
        card.add(new NpsAnswerForm(firmName, "nps-link", (score, comment) -> {
            try {
                TenantContext.callIn(visitor, () -> surveys.answerByLink(token, score, comment));
                card.removeAll();
                card.add(title);
                Paragraph thanks = new Paragraph(getTranslation("health.nps.thanks"));
                thanks.setId("nps-link-thanks");
                card.add(thanks);
            } catch (DomainException e) {
                card.removeAll();
                card.add(title);
                refused(card, e.messageKey());
            }
        }));
    }

    private void refused(Div card, String key) {
        Paragraph problem = new Paragraph(getTranslation(key));
        problem.setId("nps-link-refused");
        card.add(problem);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.nps.title");
    }
}
