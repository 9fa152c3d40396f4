package io.klien.ui.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import io.klien.clients.ClientContacts;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialRequests;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.NotFoundView;
import io.klien.ui.portal.PortalHomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budi, asked in the portal, gives a testimonial with his consent, edits it (back to the firm's review), accepts the
 * firm's suggested edit and withdraws one; another client's testimonial is not found. Sari, who has no portal
 * account, gives once through her single-use link; the used link and a forged one say why and save nothing.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalTestimonialPagesTests extends DemoFirmBrowserlessTest {

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired TestimonialRequests requests;
    @Autowired ClientContacts contacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    TestimonialFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TestimonialFixtures(jdbc, tx, contacts);
    }

    @Test
    @Order(1)
    @SignedInAs(DemoUser.CLIENT)
    void askedInThePortalHeGivesATestimonialWithHisConsent() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID budi = fixtures.budiAsContact();
        UUID maju = fixtures.majuJaya();
        assertThat(fixtures.asStaff(() -> requests.ask(maju, budi)).request().portal()).isTrue();

        navigate(PortalHomeView.class);
        assertThat($(H3.class).id("portal-testimonial-prompt-title").getText())
                .isEqualTo("Hartono & Partners would value your testimonial");
        assertThat($(Anchor.class).id("portal-testimonial-prompt-give").getHref()).isEqualTo("portal/testimonials/give");

        navigate("portal/testimonials/give", PortalTestimonialFormView.class);
        rating().setValue(5);
        test($(TextArea.class).id("testimonial-text")).setValue("They made our contracts simple.");
        assertThat($(Span.class).id("testimonial-text-count").getText()).isEqualTo("31 of 2,000 characters");
        test($(TextField.class).id("testimonial-title")).setValue("Director");
        scopes().setValue(Set.of(ConsentScope.WEBSITE, ConsentScope.PROPOSALS));
        attribution().setValue(Attribution.INITIALS);
        assertThat($(Paragraph.class).id("testimonial-consent-text").getText()).startsWith("I agree that the firm");
        assertThat($(Span.class).id("testimonial-preview-author").getText()).as("initials, without title")
                .isEqualTo("\u2014 B. S.");
        test($(Button.class).id("testimonial-submit")).click();

        Checkbox acknowledged = $(Checkbox.class).id("testimonial-consent-ack");
        assertThat(acknowledged.isInvalid()).as("no testimonial without consent").isTrue();
        assertThat(acknowledged.getErrorMessage()).isEqualTo("Please read the consent text and agree to it.");
        assertThat(fixtures.asBudi(() -> testimonials.ofClient(maju))).isEmpty();

        test(acknowledged).click();
        test($(Button.class).id("testimonial-submit")).click();

        TestimonialView given = fixtures.asBudi(() -> testimonials.ofClient(maju)).getFirst();
        assertThat(given.text()).isEqualTo("They made our contracts simple.");
        assertThat(given.scopes()).containsExactlyInAnyOrder(ConsentScope.WEBSITE, ConsentScope.PROPOSALS);
        assertThat(given.attribution()).isEqualTo(Attribution.INITIALS);
        assertThat(given.consentVersion()).isEqualTo(1);
        assertThat(given.requestId()).as("it answers his ask").isNotNull();
        assertThat($(Span.class).id("portal-testimonial-state-" + given.id()).getText())
                .isEqualTo("Waiting for the firm's review");
        assertThat($(Paragraph.class).id("portal-testimonial-consent-" + given.id()).getText())
                .startsWith("May appear on: Firm website, Proposals · Named: With my initials only (shown as \"B. S.\")");

        navigate(PortalHomeView.class);
        assertThat($(H3.class).all()).as("the ask is answered")
                .noneMatch(h -> h.getId().filter("portal-testimonial-prompt-title"::equals).isPresent());
    }

    @Test
    @Order(2)
    @SignedInAs(DemoUser.CLIENT)
    void editingAnApprovedTestimonialSendsItBackToTheFirmsReview() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Good work."),
                GivenFrom.UNKNOWN));
        fixtures.asStaff(() -> moderation.approve(given.id(), given.version()));

        navigate(PortalTestimonialsView.class);
        assertThat($(Span.class).id("portal-testimonial-state-" + given.id()).getText())
                .isEqualTo("Shown where you allowed");
        test($(Button.class).id("portal-testimonial-edit-" + given.id())).click();
        TextArea text = $(TextArea.class).id("testimonial-text");
        assertThat(text.getValue()).isEqualTo("Good work.");
        test(text).setValue("Excellent work, on time.");
        test($(Checkbox.class).id("testimonial-consent-ack")).click();
        test($(Button.class).id("testimonial-submit")).click();

        TestimonialView edited = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(edited.text()).isEqualTo("Excellent work, on time.");
        assertThat(edited.state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat(edited.published()).as("off every page until reviewed").isFalse();
        assertThat($(Span.class).id("portal-testimonial-state-" + given.id()).getText())
                .isEqualTo("Waiting for the firm's review");
    }

    @Test
    @Order(3)
    @SignedInAs(DemoUser.CLIENT)
    void heSeesBothTextsAndAcceptsTheFirmsSuggestedEdit() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Gret service."),
                GivenFrom.UNKNOWN));
        fixtures.asStaff(() -> moderation.suggestEdit(given.id(), given.version(), "Great service."));

        navigate(PortalTestimonialsView.class);
        assertThat($(Paragraph.class).id("portal-testimonial-yours-" + given.id()).getText()).isEqualTo("Gret service.");
        assertThat($(Paragraph.class).id("portal-testimonial-suggested-" + given.id()).getText())
                .isEqualTo("Great service.");
        test($(Button.class).id("portal-testimonial-accept-" + given.id())).click();

        TestimonialView accepted = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(accepted.text()).isEqualTo("Great service.");
        assertThat(accepted.state()).isEqualTo(TestimonialState.APPROVED);
        assertThat($(Div.class).all()).as("the suggestion is answered")
                .noneMatch(d -> d.getId().filter(("portal-testimonial-suggestion-" + given.id())::equals).isPresent());
    }

    @Test
    @Order(3)
    @SignedInAs(DemoUser.CLIENT)
    void heNeverAcceptsASuggestionTheFirmChangedAfterHeReadIt() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Fast replys."),
                GivenFrom.UNKNOWN));
        TestimonialView first = fixtures.asStaff(() -> moderation.suggestEdit(given.id(), given.version(),
                "Fast replies."));
        navigate(PortalTestimonialsView.class);
        fixtures.asStaff(() -> moderation.suggestEdit(given.id(), first.version(), "Fast replies, always."));

        test($(Button.class).id("portal-testimonial-accept-" + given.id())).click();

        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).state())
                .isEqualTo(TestimonialState.SUGGESTED_EDIT);
        assertThat($(Notification.class).id("portal-testimonial-stale").getElement().getProperty("text"))
                .isEqualTo("This testimonial was changed meanwhile. Open it again to see the latest version.");
        assertThat($(Paragraph.class).id("portal-testimonial-suggested-" + given.id()).getText())
                .as("the latest suggestion, to read before deciding").isEqualTo("Fast replies, always.");
    }

    @Test
    @Order(4)
    @SignedInAs(DemoUser.CLIENT)
    void withdrawingAfterConfirmationTakesItDownEverywhere() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Withdraw me."),
                GivenFrom.UNKNOWN));
        fixtures.asStaff(() -> moderation.approve(given.id(), given.version()));

        navigate(PortalTestimonialsView.class);
        test($(Button.class).id("portal-testimonial-withdraw-" + given.id())).click();
        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).state()).as("not before he confirms")
                .isEqualTo(TestimonialState.APPROVED);
        test($(ConfirmDialog.class).id("portal-testimonial-withdraw-dialog")).confirm();

        TestimonialView withdrawn = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(withdrawn.state()).isEqualTo(TestimonialState.WITHDRAWN);
        assertThat(withdrawn.published()).isFalse();
        assertThat(fixtures.asStaff(() -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH)))
                .noneMatch(p -> p.id().equals(given.id()));
        assertThat($(Span.class).id("portal-testimonial-state-" + given.id()).getText()).startsWith("Withdrawn on ");
        assertThat($(Button.class).all()).as("nothing left to do with it")
                .noneMatch(b -> b.getId().filter(("portal-testimonial-edit-" + given.id())::equals).isPresent());
    }

    @Test
    @Order(5)
    @SignedInAs(DemoUser.CLIENT)
    void anotherClientsTestimonialIsNotFound() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID other = fixtures.anotherClient();
        TestimonialView theirs = fixtures.asOtherClient(other, () -> testimonials.give(
                TestimonialFixtures.given("Someone else's secret praise"), GivenFrom.UNKNOWN));

        NotFoundView view = navigate("portal/testimonials/" + theirs.id(), NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("secret praise");
        navigate(PortalTestimonialsView.class);
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("secret praise");
    }

    @Test
    @Order(5)
    @SignedInAs(DemoUser.CLIENT)
    void heAddsHisPhotoRefusedForAFileThatIsNoPictureAndLaterRemovesIt() throws Exception {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID maju = fixtures.majuJaya();
        navigate("portal/testimonials/give", PortalTestimonialFormView.class);
        rating().setValue(5);
        test($(TextArea.class).id("testimonial-text")).setValue("With a picture.");
        test($(Upload.class).id("testimonial-picture-upload")).upload("notes.png", "image/png",
                "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat($(Notification.class).id("testimonial-picture-problem").getElement().getProperty("text"))
                .isEqualTo("The picture must be a PNG or JPEG image.");
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
        test($(Upload.class).id("testimonial-picture-upload")).upload("me.jpg", "image/jpeg", out.toByteArray());
        assertThat($(Image.class).id("testimonial-preview-picture")).as("in the preview, named in full").isNotNull();
        test($(Checkbox.class).id("testimonial-consent-ack")).click();
        test($(Button.class).id("testimonial-submit")).click();

        TestimonialView given = fixtures.asBudi(() -> testimonials.ofClient(maju)).getFirst();
        assertThat(given.text()).isEqualTo("With a picture.");
        assertThat(given.picture()).isEqualTo(io.klien.testimonials.PictureKind.PHOTO);
        assertThat(fixtures.asBudi(() -> testimonials.picture(given.id()))).hasValueSatisfying(p ->
                assertThat(p.contentType()).isEqualTo("image/jpeg"));

        test($(Button.class).id("portal-testimonial-edit-" + given.id())).click();
        test($(Button.class).id("testimonial-picture-remove")).click();

        assertThat(fixtures.asBudi(() -> testimonials.picture(given.id()))).isEmpty();
        assertThat(fixtures.asBudi(() -> testimonials.get(given.id())).picture()).isNull();
    }

    @Test
    @Order(6)
    @SignedInAs(DemoUser.CLIENT)
    void scriptInHisOwnTestimonialIsShownAsText() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String typed = "<img src=x onerror=alert(1)> nice";
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given(typed),
                GivenFrom.UNKNOWN));

        navigate(PortalTestimonialsView.class);

        Paragraph text = $(Paragraph.class).id("portal-testimonial-text-" + given.id());
        assertThat(text.getText()).isEqualTo(typed);
        assertThat(text.getElement().getChildren()).as("no markup made of it").allMatch(Element::isTextNode);
        assertThat(text.getElement().getOuterHTML()).contains("&lt;img").doesNotContain("<img");
    }

    @Test
    @Order(7)
    void aContactWithoutAPortalAccountGivesOnceThroughTheLink() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID sari = fixtures.newContact("Sari Dewi");
        UUID maju = fixtures.majuJaya();
        String token = fixtures.asStaff(() -> requests.ask(maju, sari)).linkToken();
        int before = fixtures.asStaff(() -> testimonials.ofClient(maju)).size();

        navigate(linkTo(token), TestimonialLinkView.class);
        assertThat($(Div.class).id("testimonial-link-brand").getElement().getTextRecursively())
                .contains("Hartono & Partners");
        assertThat($(TextField.class).id("testimonial-name").getValue()).isEqualTo("Sari Dewi");
        rating().setValue(4);
        test($(TextArea.class).id("testimonial-text")).setValue("Helpful and precise.");
        test($(Checkbox.class).id("testimonial-consent-ack")).click();
        test($(Button.class).id("testimonial-submit")).click();

        assertThat($(H1.class).id("testimonial-link-thanks").getText()).isEqualTo("Thank you!");
        assertThat(fixtures.asStaff(() -> testimonials.ofClient(maju))).hasSize(before + 1)
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo("Helpful and precise.");
                    assertThat(t.givenBy()).as("given through the link, by no portal user").isNull();
                });

        navigate(linkTo(token), TestimonialLinkView.class);
        assertThat($(Paragraph.class).id("testimonial-link-problem").getText())
                .isEqualTo("This link was already used to give a testimonial. Each link works once.");
        assertThat($(TextArea.class).all()).as("no form for a used link").isEmpty();
    }

    @Test
    @Order(8)
    void aForgedLinkSaysItIsNotValidAndSavesNothing() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID maju = fixtures.majuJaya();
        int before = fixtures.asStaff(() -> testimonials.ofClient(maju)).size();

        navigate(linkTo("forged-" + UUID.randomUUID()), TestimonialLinkView.class);

        assertThat($(Paragraph.class).id("testimonial-link-problem").getText())
                .isEqualTo("This link is not valid. Check that you opened the whole link from the email.");
        assertThat($(TextArea.class).all()).isEmpty();
        navigate(TestimonialLinkView.ROUTE + "/" + UUID.randomUUID() + "/whatever", TestimonialLinkView.class);
        assertThat($(Paragraph.class).id("testimonial-link-problem").getText()).as("a firm that does not exist")
                .startsWith("This link is not valid.");
        assertThat(fixtures.asStaff(() -> testimonials.ofClient(maju))).hasSize(before);
    }

    @Test
    @Order(9)
    @SignedInAs(DemoUser.CLIENT)
    void inBahasaIndonesiaTheFormShowsTheIndonesianConsentText() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.of("id"));

        navigate("portal/testimonials/give", PortalTestimonialFormView.class);

        assertThat($(Paragraph.class).id("testimonial-consent-text").getText()).startsWith("Saya setuju firma");
        assertThat($(Span.class).id("testimonial-consent-version").getText()).isEqualTo("Teks persetujuan versi 1 (id)");
        assertThat($(Checkbox.class).id("testimonial-consent-ack").getLabel())
                .isEqualTo("Saya telah membaca teks persetujuan di atas dan menyetujuinya");
    }

    private String linkTo(String token) {
        return TestimonialLinkView.ROUTE + "/" + fixtures.firm() + "/" + token;
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> rating() {
        return $(RadioButtonGroup.class).id("testimonial-rating");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ConsentScope> scopes() {
        return $(CheckboxGroup.class).id("testimonial-scopes");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Attribution> attribution() {
        return $(RadioButtonGroup.class).id("testimonial-attribution");
    }
}
