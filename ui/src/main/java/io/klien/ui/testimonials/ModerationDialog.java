package io.klien.ui.testimonials;

import java.util.Map;
import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.klien.shared.DomainException;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * One testimonial as staff moderate it: rating, text, how the client wants to be shown, the consent record (where,
 * how named, which consent text, who, when and from where) and its state, with the actions the state allows: approve,
 * reject with a reason, suggest an edit (used once the client accepts it), tag, publish or take down, feature. Each
 * action first checks that nobody changed the testimonial since it was shown; if someone did, it says so and shows
 * the latest instead of acting on what is gone.
 */
class ModerationDialog extends Dialog {

    static final int TAG_MAX = 80;
    static final int REASON_MAX = 1000;
    private static final String CHANGED_MEANWHILE = "testimonials.changed-meanwhile";

    private final TestimonialServices services;
    private final FirmFormats formats;
    private final Runnable changed;
    private TestimonialView shown;

    ModerationDialog(TestimonialServices services, FirmFormats formats, TestimonialView testimonial,
            Runnable changed) {
        this.services = services;
        this.formats = formats;
        this.changed = changed;
        this.shown = testimonial;
        setId("testimonial-dialog");
        setHeaderTitle(getTranslation("testimonials.ui.dialog.title"));
        setWidth("min(48em, 100vw)");
        Button close = new Button(getTranslation("testimonials.ui.close"), click -> close());
        close.setId("testimonial-dialog-close");
        getFooter().add(close);
        render();
    }

    private void render() {
        removeAll();
        TestimonialView t = shown;
        Span state = TestimonialWords.state(this, t.state());
        state.setId("testimonial-detail-state");
        Span publication = new Span(TestimonialWords.publication(this, t));
        publication.setId("testimonial-detail-publication");
        publication.addClassName("klien-muted");
        Div facts = new Div(TestimonialWords.stars(this, t.rating()), new Span(" "), state, new Span(" "), publication);
        Paragraph text = new Paragraph(t.text());
        text.setId("testimonial-detail-text");
        text.getStyle().set("white-space", "pre-line");
        Paragraph author = new Paragraph(getTranslation("testimonials.ui.dialog.author", t.displayName(),
                orDash(t.displayTitle()), orDash(t.displayCompany()),
                TestimonialWords.shownName(this, t.displayName(), t.attribution())));
        author.setId("testimonial-detail-author");
        add(facts, text, author);
        if (t.picture() != null) {
            services.testimonials().picture(t.id()).ifPresent(picture -> {
                Image shown = new Image(picture.content(), getTranslation("testimonials.ui.picture." + t.picture()));
                shown.setId("testimonial-detail-picture");
                shown.addClassName("klien-testimonial-picture");
                Span kind = new Span(getTranslation("testimonials.ui.picture." + t.picture()));
                kind.addClassName("klien-muted");
                add(new Div(shown, kind));
            });
        }
        if (t.rejectReason() != null && t.state() == TestimonialState.REJECTED) {
            Paragraph reason = new Paragraph(getTranslation("testimonials.ui.dialog.rejected-because", t.rejectReason()));
            reason.setId("testimonial-detail-reject-reason");
            reason.addClassName("klien-warning-text");
            add(reason);
        }
        if (t.suggestedText() != null) {
            Paragraph suggestion = new Paragraph(t.suggestedText());
            suggestion.getStyle().set("white-space", "pre-line");
            Div pending = new Div(new H3(getTranslation("testimonials.ui.dialog.suggestion-pending")), suggestion);
            pending.setId("testimonial-detail-suggestion");
            pending.addClassName("klien-card");
            add(pending);
        }
        add(consent(t), actions(t));
    }

    private Div consent(TestimonialView t) {
        Div consent = new Div(new H3(getTranslation("testimonials.ui.dialog.consent")));
        consent.setId("testimonial-detail-consent");
        consent.add(new Paragraph(getTranslation("testimonials.ui.dialog.scopes", TestimonialWords.scopes(this, t.scopes()))),
                new Paragraph(getTranslation("testimonials.ui.dialog.attribution",
                        TestimonialWords.attribution(this, t.attribution()))),
                new Paragraph(getTranslation("testimonials.ui.dialog.consent-text", t.consentVersion(),
                        t.consentLanguage())),
                new Paragraph(getTranslation("testimonials.ui.dialog.given", giver(t), formats.dateTime(t.consentedAt()),
                        orDash(t.consentIp()), orDash(t.consentUserAgent()))));
        consent.addClassName("klien-card");
        return consent;
    }

    /** Who gave it: the portal user by name, or the contact a single-use link was sent to. */
    private String giver(TestimonialView t) {
        String subject = t.givenBy();
        if (subject != null) {
            return services.names(java.util.List.of(subject)).getOrDefault(subject, getTranslation("people.former"));
        }
        String contact = services.requests().ofClient(t.clientId()).stream()
                .filter(r -> r.id().equals(t.requestId())).map(TestimonialRequestView::contactName).findFirst()
                .orElse("");
        return getTranslation("testimonials.ui.dialog.by-link", contact);
    }

    private Div actions(TestimonialView t) {
        Div actions = new Div();
        actions.setId("testimonial-actions");
        if (t.state() == TestimonialState.WITHDRAWN) {
            Paragraph withdrawn = new Paragraph(getTranslation("testimonials.ui.dialog.withdrawn",
                    formats.dateTime(t.withdrawnAt())));
            withdrawn.setId("testimonial-detail-withdrawn");
            actions.add(withdrawn);
            return actions;
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (t.state() == TestimonialState.SUBMITTED) {
            Button approve = button("testimonial-approve", "testimonials.ui.action.approve", () -> act(
                    version -> services.moderation().approve(t.id(), version), "testimonials.ui.done.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve, button("testimonial-reject", "testimonials.ui.action.reject", () -> openReject(actions)));
        }
        if (t.state() == TestimonialState.SUBMITTED || t.state() == TestimonialState.SUGGESTED_EDIT) {
            buttons.add(button("testimonial-suggest", "testimonials.ui.action.suggest", () -> openSuggest(actions)));
        }
        if (t.state() == TestimonialState.APPROVED) {
            boolean published = t.published();
            buttons.add(button("testimonial-publish", published ? "testimonials.ui.action.unpublish"
                    : "testimonials.ui.action.publish", () -> act(
                    version -> services.moderation().publish(t.id(), version, !published),
                    published ? "testimonials.ui.done.unpublished" : "testimonials.ui.done.published")));
            if (published) {
                boolean featured = t.featured();
                buttons.add(button("testimonial-feature", featured ? "testimonials.ui.action.unfeature"
                        : "testimonials.ui.action.feature", () -> act(
                        version -> services.moderation().feature(t.id(), version, !featured),
                        featured ? "testimonials.ui.done.unfeatured" : "testimonials.ui.done.featured")));
            }
        }
        actions.add(buttons, tags(t));
        return actions;
    }

    private Div tags(TestimonialView t) {
        TextField serviceLine = new TextField(getTranslation("testimonials.ui.service-line"));
        serviceLine.setId("testimonial-service-line");
        serviceLine.setMaxLength(TAG_MAX);
        serviceLine.setValue(t.serviceLine() == null ? "" : t.serviceLine());
        TextField industry = new TextField(getTranslation("testimonials.ui.industry"));
        industry.setId("testimonial-industry");
        industry.setMaxLength(TAG_MAX);
        industry.setValue(t.industry() == null ? "" : t.industry());
        Button save = new Button(getTranslation("testimonials.ui.action.tag"), click -> {
            try {
                act(version -> services.moderation().tag(t.id(), version, blankToNull(serviceLine.getValue()),
                        blankToNull(industry.getValue())), "testimonials.ui.done.tagged");
            } catch (DomainException refused) {
                FieldErrors.show(refused, Map.of("serviceLine", serviceLine, "industry", industry));
            }
        });
        save.setId("testimonial-tag-save");
        HorizontalLayout row = new HorizontalLayout(serviceLine, industry, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H3(getTranslation("testimonials.ui.dialog.tags")), row);
    }

    private void openReject(Div actions) {
        TextArea reason = new TextArea(getTranslation("testimonials.ui.reject-reason"));
        reason.setId("testimonial-reject-reason");
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("testimonials.ui.action.reject-confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("testimonials.moderation.reason-required"));
                return;
            }
            try {
                act(version -> services.moderation().reject(shown.id(), version, reason.getValue()),
                        "testimonials.ui.done.rejected");
            } catch (DomainException refused) {
                FieldErrors.show(refused, Map.of("reason", reason));
            }
        });
        confirm.setId("testimonial-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        actions.add(new Div(reason, confirm));
        reason.focus();
    }

    private void openSuggest(Div actions) {
        TextArea suggestion = new TextArea(getTranslation("testimonials.ui.suggest-text"));
        suggestion.setId("testimonial-suggest-text");
        suggestion.setMaxLength(Testimonials.TEXT_MAX);
        suggestion.setWidthFull();
        suggestion.setValue(shown.suggestedText() != null ? shown.suggestedText() : shown.text());
        suggestion.setValueChangeMode(ValueChangeMode.EAGER);
        suggestion.setHelperText(getTranslation("testimonials.ui.suggest-help"));
        Button send = new Button(getTranslation("testimonials.ui.action.suggest-send"), click -> {
            if (suggestion.getValue().isBlank()) {
                suggestion.setInvalid(true);
                suggestion.setErrorMessage(getTranslation("testimonials.text.required"));
                return;
            }
            try {
                act(version -> services.moderation().suggestEdit(shown.id(), version, suggestion.getValue()),
                        "testimonials.ui.done.suggested");
            } catch (DomainException refused) {
                FieldErrors.show(refused, Map.of("text", suggestion));
            }
        });
        send.setId("testimonial-suggest-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(new Div(suggestion, send));
        suggestion.focus();
    }

    /**
     * Acts on the testimonial as it was shown (its version goes with the action, and the backend refuses it once the
     * testimonial changed): when someone changed it meanwhile (a colleague, or the client editing or withdrawing it),
     * nothing is done and the latest is shown with a warning.
     */
    private void act(LongFunction<TestimonialView> action, String doneKey) {
        try {
            shown = action.apply(shown.version());
        } catch (DomainException refused) {
            if (!CHANGED_MEANWHILE.equals(refused.messageKey())) {
                throw refused;
            }
            shown = services.testimonials().get(shown.id());
            render();
            changed.run();
            Notices.withId(Notices.warning(getTranslation(CHANGED_MEANWHILE)), "testimonial-stale");
            return;
        }
        render();
        changed.run();
        Notices.withId(Notices.success(getTranslation(doneKey)), "testimonial-done");
    }

    private Button button(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(id);
        return button;
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "\u2014" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
