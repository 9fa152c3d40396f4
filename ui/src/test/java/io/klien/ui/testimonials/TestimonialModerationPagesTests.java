package io.klien.ui.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactView;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
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
 * Rudi moderates Hartono &amp; Partners' testimonials: an empty queue tells him to ask a client; he approves and
 * features one, rejects one only with a reason, suggests an edit that counts once Budi accepts it, is stopped when
 * Budi changed a testimonial meanwhile, and asks a contact on the client page, told which rule says not now.
 * Script typed into a testimonial is shown as text.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestimonialModerationPagesTests extends DemoFirmBrowserlessTest {

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
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
    @SignedInAs(DemoUser.STAFF)
    void anEmptyQueueTellsStaffToAskAClient() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(ModerationView.class);

        Div empty = $(Div.class).id("testimonials-empty");
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("Ask a satisfied client for one");
        assertThat($(Grid.class).all()).as("no empty grid beside it").isEmpty();
    }

    @Test
    @Order(2)
    @SignedInAs(DemoUser.STAFF)
    void staffApproveFeatureAndTakeDownATestimonialWithItsConsentInView() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given(
                "Clear advice and fast answers."), new GivenFrom("203.0.113.9", "Firefox")));

        navigate(ModerationView.class);
        assertThat($(Span.class).id("testimonials-counts").getText()).contains("Waiting: 1");
        Grid<?> grid = $(Grid.class).id("testimonials-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Clear advice and fast answers.");
        test((Button) test(grid).getCellComponent(0, "open")).click();

        assertThat($(Paragraph.class).id("testimonial-detail-text").getText()).isEqualTo("Clear advice and fast answers.");
        assertThat($(Div.class).id("testimonial-detail-consent").getElement().getTextRecursively())
                .contains("May appear on: Firm website", "Named: With my full name", "Consent text version 1 (en)",
                        "203.0.113.9", "Firefox");
        test($(Button.class).id("testimonial-approve")).click();

        assertThat(notice("testimonial-done")).isEqualTo("Testimonial approved and published.");
        TestimonialView approved = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(approved.state()).isEqualTo(TestimonialState.APPROVED);
        assertThat(approved.published()).isTrue();
        assertThat($(Span.class).id("testimonial-detail-state").getText()).isEqualTo("Approved");

        test($(Button.class).id("testimonial-feature")).click();
        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).featured()).isTrue();
        test($(Button.class).id("testimonial-publish")).click();
        TestimonialView down = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(down.published()).isFalse();
        assertThat(down.featured()).as("taking it down ends featuring it").isFalse();
        assertThat(notice("testimonial-done")).isEqualTo("Testimonial taken down.");
    }

    @Test
    @Order(3)
    @SignedInAs(DemoUser.STAFF)
    void rejectingNeedsAReason() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Meh."),
                GivenFrom.UNKNOWN));
        ModerationView view = navigate(ModerationView.class);
        view.open(given.id());

        test($(Button.class).id("testimonial-reject")).click();
        test($(Button.class).id("testimonial-reject-confirm")).click();

        TextArea reason = $(TextArea.class).id("testimonial-reject-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the testimonial is rejected.");
        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).state()).isEqualTo(TestimonialState.SUBMITTED);

        test(reason).setValue("Too short to help readers");
        test($(Button.class).id("testimonial-reject-confirm")).click();

        TestimonialView rejected = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(rejected.state()).isEqualTo(TestimonialState.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("Too short to help readers");
        assertThat($(Paragraph.class).id("testimonial-detail-reject-reason").getText())
                .isEqualTo("Rejected because: Too short to help readers");
    }

    @Test
    @Order(4)
    @SignedInAs(DemoUser.STAFF)
    void aSuggestedEditWaitsForTheClientAndCountsOnceTheyAcceptIt() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given(
                "Grate team, wuold hire again."), GivenFrom.UNKNOWN));
        ModerationView view = navigate(ModerationView.class);
        view.open(given.id());

        test($(Button.class).id("testimonial-suggest")).click();
        test($(TextArea.class).id("testimonial-suggest-text")).setValue("Great team, would hire again.");
        test($(Button.class).id("testimonial-suggest-send")).click();

        assertThat(notice("testimonial-done")).isEqualTo("Edit suggested. The client is asked to accept it.");
        TestimonialView suggested = fixtures.asStaff(() -> testimonials.get(given.id()));
        assertThat(suggested.state()).isEqualTo(TestimonialState.SUGGESTED_EDIT);
        assertThat(suggested.text()).as("not used before the client accepts").isEqualTo("Grate team, wuold hire again.");
        assertThat($(Div.class).id("testimonial-detail-suggestion").getElement().getTextRecursively())
                .contains("waiting for the client", "Great team, would hire again.");

        fixtures.asBudi(() -> testimonials.acceptSuggestion(given.id()));
        test($(Button.class).id("testimonial-dialog-close")).click();
        view.open(given.id());

        assertThat($(Paragraph.class).id("testimonial-detail-text").getText()).isEqualTo("Great team, would hire again.");
        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).state()).isEqualTo(TestimonialState.APPROVED);
    }

    @Test
    @Order(5)
    @SignedInAs(DemoUser.STAFF)
    void aTestimonialTheClientChangedMeanwhileIsNotApprovedAsItWas() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("First words."),
                GivenFrom.UNKNOWN));
        ModerationView view = navigate(ModerationView.class);
        view.open(given.id());
        fixtures.asBudi(() -> testimonials.edit(given.id(), given.version(),
                TestimonialFixtures.given("Second thoughts."), GivenFrom.UNKNOWN));

        test($(Button.class).id("testimonial-approve")).click();

        assertThat(notice("testimonial-stale"))
                .isEqualTo("This testimonial was changed meanwhile. Open it again to see the latest version.");
        assertThat(fixtures.asStaff(() -> testimonials.get(given.id())).state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat($(Paragraph.class).id("testimonial-detail-text").getText()).as("the latest is shown")
                .isEqualTo("Second thoughts.");
    }

    @Test
    @Order(6)
    @SignedInAs(DemoUser.STAFF)
    void onTheClientPageStaffAskAContactAndLearnWhichRuleSaysNotNow() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID sari = fixtures.newContact("Sari Dewi");
        navigate("clients/" + fixtures.majuJaya(), ClientDetailView.class);
        openTestimonialsTab();

        test($(Button.class).id("client-testimonials-ask")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ContactView> contact = $(ComboBox.class).id("testimonial-ask-contact");
        contact.setValue(contacts(sari));
        test($(Button.class).id("testimonial-ask-send")).click();

        assertThat(notice("testimonial-ask-done")).isEqualTo("Sari Dewi is asked by email with a single-use link.");
        Grid<?> asks = $(Grid.class).id("client-testimonial-asks-grid");
        assertThat(test(asks).size()).isEqualTo(1);
        assertThat(test(asks).getCellText(0, 0)).isEqualTo("Sari Dewi");

        test($(Button.class).id("client-testimonials-ask")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ContactView> again = $(ComboBox.class).id("testimonial-ask-contact");
        again.setValue(contacts(sari));
        test($(Button.class).id("testimonial-ask-send")).click();

        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage())
                .isEqualTo("This contact was asked for a testimonial less than 90 days ago. Ask again later.");
        assertThat(test(asks).size()).as("no second ask").isEqualTo(1);
    }

    @Test
    @Order(7)
    @SignedInAs(DemoUser.STAFF)
    void scriptAndMarkupInATestimonialAreShownAsText() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String typed = "<script>alert('x')</script><b>bold</b> & more";
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given(typed),
                GivenFrom.UNKNOWN));
        ModerationView view = navigate(ModerationView.class);
        view.open(given.id());

        Paragraph text = $(Paragraph.class).id("testimonial-detail-text");
        assertThat(text.getText()).isEqualTo(typed);
        assertThat(text.getElement().getChildren()).as("no markup made of it").allMatch(Element::isTextNode);
        assertThat(text.getElement().getOuterHTML()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    @Order(8)
    @SignedInAs(DemoUser.STAFF)
    void aTestimonialOnTheClientPageOpensInTheQueueWhateverItsState() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestimonialView given = fixtures.asBudi(() -> testimonials.give(TestimonialFixtures.given("Opened by address."),
                GivenFrom.UNKNOWN));
        fixtures.asStaff(() -> moderation.approve(given.id(), given.version()));

        UI.getCurrent().navigate(ModerationView.class,
                com.vaadin.flow.router.QueryParameters.of("open", given.id().toString()));

        assertThat($(Paragraph.class).id("testimonial-detail-text").getText()).isEqualTo("Opened by address.");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<TestimonialState> state = $(com.vaadin.flow.component.select.Select.class)
                .id("testimonials-filter-state");
        assertThat(state.getValue()).as("the queue shows every state").isNull();
    }

    private void openTestimonialsTab() {
        TabSheet tabs = $(TabSheet.class).id("client-tabs");
        Tab tab = $(Tab.class).all().stream().filter(t -> "Testimonials".equals(t.getLabel())).findFirst()
                .orElseThrow();
        tabs.setSelectedTab(tab);
    }

    private ContactView contacts(UUID contactId) {
        return fixtures.asStaff(() -> contacts.contacts(fixtures.majuJaya())).stream()
                .filter(c -> c.id().equals(contactId)).findFirst().orElseThrow();
    }

    /** The text of the latest notice with the id. */
    private String notice(String id) {
        return $(Notification.class).all().stream().filter(n -> n.getId().filter(id::equals).isPresent())
                .reduce((earlier, later) -> later).orElseThrow().getElement().getProperty("text");
    }
}
