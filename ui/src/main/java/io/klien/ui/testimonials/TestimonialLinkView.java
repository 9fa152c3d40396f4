package io.klien.ui.testimonials;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.ui.errors.RecordNotFound;
import org.jspecify.annotations.Nullable;

/**
 * The page a single-use link opens, without signing in, for a client contact who has no portal account: in the firm's
 * name, colour and logo, the testimonial form, given once through the link's token. A used, expired or forged link
 * (or one naming no active firm) shows why it cannot be used and saves nothing; after giving, a thank-you.
 */
@Route(TestimonialLinkView.ROUTE + "/:" + TestimonialLinkView.FIRM + "/:" + TestimonialLinkView.TOKEN)
@AnonymousAllowed
public class TestimonialLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address the ask's mail links to: {@code testimonial/<firm id>/<token>}. */
    public static final String ROUTE = "testimonial";
    static final String FIRM = "firm";
    static final String TOKEN = "token";

    private final TestimonialServices services;
    private @Nullable TenantView firm;

    TestimonialLinkView(TestimonialServices services) {
        this.services = services;
        addClassName("klien-verify");
        addClassName("klien-testimonial-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        firm = event.getRouteParameters().get(FIRM).flatMap(RecordNotFound::id).flatMap(services.tenants()::find)
                .filter(TenantView::active).orElse(null);
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        removeAll();
        TenantView pageFirm = firm;
        if (pageFirm == null) {
            add(card(problem("testimonials.link.unknown")));
            return;
        }
        add(header(pageFirm));
        try {
            TestimonialRequestView ask = inFirm(pageFirm, () -> services.testimonials().askOfLink(token));
            showForm(pageFirm, token, ask);
        } catch (DomainException refused) {
            add(card(problem(refused.messageKey())));
        }
    }

    private void showForm(TenantView pageFirm, String token, TestimonialRequestView ask) {
        H1 title = new H1(getTranslation("testimonials.ui.link.title", pageFirm.displayName()));
        title.setId("testimonial-link-title");
        Paragraph intro = new Paragraph(getTranslation("testimonials.ui.link.intro", ask.contactName(),
                pageFirm.displayName()));
        intro.setId("testimonial-link-intro");
        Div card = card(title, intro);
        String language = getLocale().getLanguage();
        card.add(new TestimonialForm(() -> inFirm(pageFirm, () -> services.testimonials().consentText(language)), null,
                ask.contactName(), getTranslation("testimonials.ui.form.give"),
                given -> inFirm(pageFirm, () -> services.testimonials().giveByLink(token, given,
                        TestimonialWords.givenFrom())),
                given -> thankYou(pageFirm)));
        add(card);
    }

    private void thankYou(TenantView pageFirm) {
        removeAll();
        H1 thanks = new H1(getTranslation("testimonials.ui.link.thanks"));
        thanks.setId("testimonial-link-thanks");
        Paragraph next = new Paragraph(getTranslation("testimonials.ui.link.thanks-text", pageFirm.displayName()));
        add(header(pageFirm), card(thanks, next));
    }

    private Paragraph problem(String messageKey) {
        Paragraph problem = new Paragraph(getTranslation(messageKey));
        problem.setId("testimonial-link-problem");
        problem.addClassName("klien-warning-text");
        return problem;
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("klien-card");
        return card;
    }

    private Component header(TenantView pageFirm) {
        getElement().getStyle()
                .set("--klien-brand", pageFirm.primaryColor())
                .set("--lumo-primary-color", pageFirm.primaryColor())
                .set("--lumo-primary-text-color", pageFirm.primaryColor());
        Component mark = inFirm(pageFirm, () -> services.tenants().logo())
                .<Component>map(logo -> new Image(logo.content(), pageFirm.displayName()))
                .orElseGet(() -> new Span(pageFirm.displayName().substring(0, 1).toUpperCase()));
        mark.getElement().getClassList().add("klien-portal-mark");
        mark.setId("testimonial-link-logo");
        Div brand = new Div(mark, new Span(pageFirm.displayName()));
        brand.setId("testimonial-link-brand");
        brand.addClassName("klien-brand");
        Div header = new Div(brand);
        header.addClassName("klien-verify-header");
        return header;
    }

    /** The link's firm is the only one this page acts in, whoever else may be signed in. */
    private static <T> T inFirm(TenantView pageFirm, Supplier<T> work) {
        return TenantContext.callIn(Scope.visitor(pageFirm.id()), work);
    }

    @Override
    public String getPageTitle() {
        TenantView pageFirm = firm;
        return pageFirm == null ? getTranslation("testimonials.ui.link.page-title")
                : getTranslation("testimonials.ui.link.page-title.firm", pageFirm.displayName());
    }
}
