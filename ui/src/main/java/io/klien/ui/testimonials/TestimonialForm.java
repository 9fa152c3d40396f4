package io.klien.ui.testimonials;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.klien.shared.DomainException;
import io.klien.shared.ImageInput;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.ConsentText;
import io.klien.testimonials.NewTestimonial;
import io.klien.testimonials.PictureKind;
import io.klien.testimonials.PictureUpload;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.ui.Notices;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import io.klien.ui.forms.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Giving or editing a testimonial, the same in the portal and on the single-use link page: a rating, the text (with a
 * counter), the name, title and company to show, and the consent (where it may appear, how the author is named) with
 * the current consent text in the reader's language and an acknowledgement it cannot go without; a preview shows it
 * as it would be published. Nothing is sent until every required answer is there; a refusal shows at its input.
 */
class TestimonialForm extends Div {

    /** Sends what was given; a refused rule comes back as a {@link DomainException}. */
    @FunctionalInterface
    interface Submission {
        TestimonialView submit(NewTestimonial given);
    }

    static final int NAME_MAX = 120;
    static final int COMPANY_MAX = 160;

    private final Supplier<ConsentText> consentOf;
    private ConsentText consent;
    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final Span count = new Span();
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField company = new TextField();
    private final CheckboxGroup<ConsentScope> scopes = new CheckboxGroup<>();
    private final RadioButtonGroup<Attribution> attribution = new RadioButtonGroup<>();
    private final Paragraph consentText = new Paragraph();
    private final Span consentVersion = new Span();
    private final Checkbox acknowledged = new Checkbox();
    private final Div preview = new Div();
    private final RadioButtonGroup<PictureKind> pictureKind = new RadioButtonGroup<>();
    private final Div picturePreview = new Div();
    private final Div pictureBox = new Div();
    private byte @Nullable [] picture;

    /**
     * @param consentOf the current consent text in the reader's language, read again when it changed meanwhile
     * @param existing  the testimonial being edited, or null to give a new one
     * @param suggestedName the name to start with when giving a new one (the signed-in user's, the contact's)
     */
    TestimonialForm(Supplier<ConsentText> consentOf, @Nullable TestimonialView existing, String suggestedName,
            String submitLabel, Submission submission, Consumer<TestimonialView> done) {
        this.consentOf = consentOf;
        this.consent = consentOf.get();
        setId("testimonial-form");
        addClassName("klien-testimonial-form");

        rating.setId("testimonial-rating");
        rating.setLabel(getTranslation("testimonials.ui.form.rating"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(n -> "\u2605".repeat(n) + " " + getTranslation("testimonials.ui.stars", n));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setRequiredIndicatorVisible(true);

        text.setId("testimonial-text");
        text.setLabel(getTranslation("testimonials.ui.form.text"));
        text.setMaxLength(Testimonials.TEXT_MAX);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight("8em");
        count.setId("testimonial-text-count");
        count.addClassName("klien-muted");
        text.setHelperComponent(count);

        name.setId("testimonial-name");
        name.setLabel(getTranslation("testimonials.ui.form.name"));
        name.setMaxLength(NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        title.setId("testimonial-title");
        title.setLabel(getTranslation("testimonials.ui.form.title"));
        title.setMaxLength(NAME_MAX);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        company.setId("testimonial-company");
        company.setLabel(getTranslation("testimonials.ui.form.company"));
        company.setMaxLength(COMPANY_MAX);
        company.setValueChangeMode(ValueChangeMode.LAZY);

        scopes.setId("testimonial-scopes");
        scopes.setLabel(getTranslation("testimonials.ui.form.scopes"));
        scopes.setItems(ConsentScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("testimonials.ui.scope." + s.name()));
        scopes.setRequiredIndicatorVisible(true);
        attribution.setId("testimonial-attribution");
        attribution.setLabel(getTranslation("testimonials.ui.form.attribution"));
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> getTranslation("testimonials.ui.attribution." + a.name()));
        attribution.setRequiredIndicatorVisible(true);

        consentText.setId("testimonial-consent-text");
        consentText.addClassName("klien-testimonial-consent");
        consentText.getStyle().set("white-space", "pre-line");
        consentVersion.setId("testimonial-consent-version");
        consentVersion.addClassName("klien-muted");
        acknowledged.setId("testimonial-consent-ack");
        acknowledged.setLabel(getTranslation("testimonials.ui.form.acknowledge"));
        acknowledged.setRequiredIndicatorVisible(true);
        showConsent();

        if (existing != null) {
            rating.setValue(existing.rating());
            text.setValue(existing.text());
            name.setValue(existing.displayName());
            title.setValue(existing.displayTitle() == null ? "" : existing.displayTitle());
            company.setValue(existing.displayCompany() == null ? "" : existing.displayCompany());
            scopes.setValue(existing.scopes());
            attribution.setValue(existing.attribution());
        } else {
            name.setValue(suggestedName);
            scopes.setValue(EnumSet.of(ConsentScope.WEBSITE));
            attribution.setValue(Attribution.NAME);
        }
        preview.setId("testimonial-preview");
        preview.addClassName("klien-card");
        preview.getElement().setAttribute("aria-live", "polite");
        rating.addValueChangeListener(e -> refreshPreview());
        text.addValueChangeListener(e -> refreshPreview());
        name.addValueChangeListener(e -> refreshPreview());
        title.addValueChangeListener(e -> refreshPreview());
        company.addValueChangeListener(e -> refreshPreview());
        scopes.addValueChangeListener(e -> refreshPreview());
        attribution.addValueChangeListener(e -> refreshPreview());
        refreshPreview();

        pictureBox(existing);

        FormLayout shown = new FormLayout(name, title, company);
        shown.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        Div consentBox = new Div(new H3(getTranslation("testimonials.ui.form.consent")), scopes, attribution,
                consentText, consentVersion, acknowledged);
        consentBox.addClassName("klien-card");
        consentBox.setId("testimonial-consent");

        Button submit = new Button(submitLabel, click -> submit(submission, done));
        submit.setId("testimonial-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rating, text, shown, pictureBox, consentBox,
                new H3(getTranslation("testimonials.ui.form.preview")), preview, submit);
    }

    /**
     * The optional picture: the author's photo or their company's logo, checked by its bytes here for a quick answer
     * and again (decoded, resized) by Klien when the testimonial is sent; an edit keeps the picture there is unless
     * another one is chosen.
     */
    private void pictureBox(@Nullable TestimonialView existing) {
        pictureBox.setId("testimonial-picture");
        pictureKind.setId("testimonial-picture-kind");
        pictureKind.setLabel(getTranslation("testimonials.ui.form.picture"));
        pictureKind.setItems(PictureKind.values());
        pictureKind.setItemLabelGenerator(k -> getTranslation("testimonials.ui.picture." + k.name()));
        pictureKind.setValue(existing != null && existing.picture() != null ? existing.picture() : PictureKind.PHOTO);
        Upload upload = new Upload(BoundedUpload.inMemory(ImageInput.MAX_UPLOAD_BYTES, (metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(bytes))),
                refused -> getUI().ifPresent(ui -> ui.access(() -> pictureProblem(refused))),
                "testimonials.picture.size", ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024)));
        upload.setId("testimonial-picture-upload");
        upload.setAcceptedMimeTypes("image/png", "image/jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageInput.MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(rejected -> pictureProblem(getTranslation("testimonials.picture.size",
                ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024))));
        picturePreview.setId("testimonial-picture-received");
        Paragraph hint = new Paragraph(getTranslation(existing != null && existing.picture() != null
                ? "testimonials.ui.form.picture.kept" : "testimonials.ui.form.picture.hint"));
        hint.addClassName("klien-muted");
        pictureBox.add(pictureKind, UploadTexts.withHint(upload, getTranslation(
                "testimonials.ui.form.picture.allowed", ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024))),
                picturePreview, hint);
    }

    private void received(byte[] bytes) {
        if (ImageInput.detectContentType(bytes) == null) {
            pictureProblem(getTranslation("testimonials.picture.type"));
            return;
        }
        picture = bytes;
        Image shown = new Image(bytes, getTranslation("testimonials.ui.form.picture"));
        shown.setId("testimonial-picture-image");
        shown.addClassName("klien-testimonial-picture");
        Button clear = new Button(getTranslation("testimonials.ui.form.picture.clear"), click -> {
            picture = null;
            picturePreview.removeAll();
            refreshPreview();
        });
        clear.setId("testimonial-picture-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        picturePreview.removeAll();
        picturePreview.add(shown, clear);
        refreshPreview();
    }

    private static void pictureProblem(String message) {
        Notices.withId(Notices.warning(message), "testimonial-picture-problem");
    }

    /** Offers to take the current picture off (an edit of a testimonial that has one). */
    void allowRemovingPicture(Runnable remove) {
        Button removeCurrent = new Button(getTranslation("testimonials.ui.form.picture.remove"), click -> remove.run());
        removeCurrent.setId("testimonial-picture-remove");
        removeCurrent.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        pictureBox.add(removeCurrent);
    }

    private void showConsent() {
        consentText.setText(consent.body());
        consentVersion.setText(getTranslation("testimonials.ui.form.consent-version", consent.version(),
                consent.language()));
    }

    private void refreshPreview() {
        preview.removeAll();
        Integer stars = rating.getValue();
        if (stars != null) {
            preview.add(new Div(TestimonialWords.stars(this, stars)));
        }
        Paragraph quote = new Paragraph(text.getValue().isBlank() ? getTranslation("testimonials.ui.form.preview-empty")
                : text.getValue());
        quote.setId("testimonial-preview-text");
        quote.getStyle().set("white-space", "pre-line");
        Attribution how = attribution.getValue() == null ? Attribution.NAME : attribution.getValue();
        StringBuilder by = new StringBuilder("\u2014 ").append(TestimonialWords.shownName(this, name.getValue(), how));
        if (how == Attribution.NAME) {
            String[] more = {title.getValue().strip(), company.getValue().strip()};
            for (String part : more) {
                if (!part.isEmpty()) {
                    by.append(", ").append(part);
                }
            }
        }
        Span author = new Span(by.toString());
        author.setId("testimonial-preview-author");
        Span where = new Span(scopes.getValue().isEmpty() ? getTranslation("testimonials.ui.form.preview-nowhere")
                : getTranslation("testimonials.ui.form.preview-where", TestimonialWords.scopes(this, scopes.getValue())));
        where.setId("testimonial-preview-where");
        where.addClassName("klien-muted");
        preview.add(quote, new Div(author), new Div(where));
        if (picture != null && how == Attribution.NAME) {
            Image shown = new Image(picture, "");
            shown.setId("testimonial-preview-picture");
            shown.addClassName("klien-testimonial-picture");
            preview.addComponentAsFirst(shown);
        }
        count.setText(getTranslation("testimonials.ui.form.count", text.getValue().length(), Testimonials.TEXT_MAX));
    }

    private void submit(Submission submission, Consumer<TestimonialView> done) {
        if (!complete()) {
            return;
        }
        Set<ConsentScope> chosen = scopes.getValue();
        NewTestimonial given = new NewTestimonial(rating.getValue(), text.getValue(), name.getValue(),
                blankToNull(title.getValue()), blankToNull(company.getValue()), chosen, attribution.getValue(),
                consent.version(), consent.language())
                .withPicture(picture == null ? null : new PictureUpload(pictureKind.getValue(), picture));
        try {
            done.accept(submission.submit(given));
        } catch (DomainException refused) {
            if ("consentVersion".equals(refused.field().orElse(null))) {
                consent = consentOf.get();
                showConsent();
                acknowledged.setValue(false);
            }
            FieldErrors.show(refused, inputs());
        }
    }

    /** Marks every missing answer at its input; returns whether all are there. */
    private boolean complete() {
        boolean ok = require(rating, rating.getValue() != null, "testimonials.rating");
        ok &= require(text, !text.getValue().isBlank(), "testimonials.text.required");
        ok &= require(name, !name.getValue().isBlank(), "testimonials.name.required");
        ok &= require(scopes, !scopes.getValue().isEmpty(), "testimonials.consent.scopes");
        ok &= require(attribution, attribution.getValue() != null, "testimonials.consent.attribution");
        ok &= require(acknowledged, acknowledged.getValue(), "testimonials.ui.form.acknowledge-required");
        return ok;
    }

    private boolean require(HasValidation input, boolean given, String messageKey) {
        input.setInvalid(!given);
        input.setErrorMessage(given ? null : getTranslation(messageKey));
        return given;
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        inputs.put("rating", rating);
        inputs.put("text", text);
        inputs.put("displayName", name);
        inputs.put("displayTitle", title);
        inputs.put("displayCompany", company);
        inputs.put("scopes", scopes);
        inputs.put("attribution", attribution);
        inputs.put("consentVersion", acknowledged);
        return inputs;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
