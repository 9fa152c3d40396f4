package io.klien.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequests;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.HealthOverview;
import io.klien.testimonials.LoyaltyGestureKind;
import io.klien.testimonials.LoyaltyGestures;
import io.klien.testimonials.NpsSettings;
import io.klien.testimonials.NpsSurveys;
import io.klien.testimonials.RelationshipHealth;
import io.klien.testimonials.TestimonialState;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import io.klien.ui.home.HomeView;
import io.klien.ui.portal.PortalHomeView;
import io.klien.ui.testimonials.ModerationView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relationship health on the pages: the client page's Health tab (figures, risks, trend, gestures, follow-ups), the
 * dashboard's cards, and an NPS survey answered in the portal and through a single-use link.
 */
@SpringBootTest
class HealthViewsTests extends DemoFirmBrowserlessTest {

    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired SupportRequests support;
    @Autowired NpsSurveys surveys;
    @Autowired RelationshipHealth health;
    @Autowired LoyaltyGestures gestures;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theHealthTabShowsFiguresRisksAndFollowUpsAndRecordsAGestureOnlyWhenValid() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UUID client = clients.create("Health Tab " + UUID.randomUUID(), ClientKind.ORGANIZATION).id();
        contacts.assignRepresentative(client, DemoUser.STAFF.subject());
        UUID contact = contacts.addContact(client, new ContactDetails("Sari Dewi", "sari-" + UUID.randomUUID()
                + "@c.test", null, null), true).id();
        answered(client, contact, 9, 20);
        String token = linkSurvey(client, contact);
        TenantContext.callIn(Scope.visitor(firm()), () -> surveys.answerByLink(token, 4, "Slow replies"));

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, client.toString()));
        openHealthTab();

        assertThat($(Span.class).id("health-nps-latest").getText()).isEqualTo("4");
        assertThat($(UnorderedList.class).id("health-risk-list").getElement().getTextRecursively())
                .contains("Latest NPS answer is a detractor (4)").contains("NPS falling from 9 to 4");
        assertThat($(Div.class).id("health-nps-trend").getChildren().count()).isEqualTo(2);
        assertThat($(Span.class).id("health-renewal").getText()).isEqualTo("No contract in force");
        String followUps = $(Div.class).id("health-follow-ups").getElement().getTextRecursively();
        assertThat(followUps).contains("NPS 4").contains("Rudi Santoso").contains("Slow replies");
        UUID followUp = health.followUps(client).getFirst().id();
        test($(Button.class).id("health-follow-up-done-" + followUp)).click();
        assertThat($(Div.class).id("health-follow-up-" + followUp).getElement().getTextRecursively())
                .contains("Done on");
        assertThat($(Span.class).id("health-last-contact").getText()).contains("follow-up done");

        test($(Button.class).id("health-gesture-add")).click();
        test($(Button.class).id("health-gesture-save")).click();
        assertThat($(Select.class).id("health-gesture-kind").isInvalid()).isTrue();
        assertThat($(Select.class).id("health-gesture-kind").getErrorMessage()).isEqualTo("Choose the kind of gesture.");
        @SuppressWarnings("unchecked")
        Select<LoyaltyGestureKind> kind = $(Select.class).id("health-gesture-kind");
        kind.setValue(LoyaltyGestureKind.GIFT);
        $(TextField.class).id("health-gesture-currency").setValue("IDR");
        $(BigDecimalField.class).id("health-gesture-value").setValue(new BigDecimal("10.5"));
        test($(Button.class).id("health-gesture-save")).click();
        assertThat($(BigDecimalField.class).id("health-gesture-value").isInvalid()).isTrue();
        assertThat(gestures.ofClient(client)).as("nothing saved").isEmpty();

        $(BigDecimalField.class).id("health-gesture-value").setValue(new BigDecimal("250000"));
        $(TextArea.class).id("health-gesture-note").setValue("Hamper for the new year");
        test($(Button.class).id("health-gesture-save")).click();

        Grid<?> grid = $(Grid.class).id("health-gesture-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Gift");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Hamper for the new year");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Rudi Santoso");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theDashboardListsClientsAtRiskWithTheirReasonsAndShowsTheNpsAndTestimonials() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UUID client = clients.create("AAA At Risk " + UUID.randomUUID(), ClientKind.ORGANIZATION).id();
        UUID contact = contacts.addContact(client, new ContactDetails("Sari Dewi", null, null, null), true).id();
        support.raise(new NewSupportRequest(client, null, "Billing", SupportPriority.HIGH, "Wrong invoice"),
                List.of());
        system(() -> jdbc.update(
                "update support_request set first_response_breached_at = now() where client_id = ?", client));
        answered(client, contact, 10, 3);
        answered(client, contact, 9, 2);
        HealthOverview overview = health.overview(HealthCards.NPS_DAYS);

        navigate(HomeView.class);

        Anchor link = $(Anchor.class).id("dashboard-at-risk-" + client);
        assertThat(link.getHref()).isEqualTo("clients/" + client);
        assertThat(link.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("1 service-level breaches in 90 days");
        assertThat($(Span.class).id("dashboard-nps-score").getText())
                .isEqualTo(String.valueOf(overview.nps().score())).isNotEqualTo("—");
        assertThat($(Span.class).id("dashboard-testimonials-published").getText())
                .isEqualTo(String.valueOf(overview.publishedTestimonials()));
        assertThat($(Span.class).id("dashboard-testimonials-waiting").getText())
                .isEqualTo(String.valueOf(overview.testimonialsAwaitingModeration()));
        RouterLink queue = $(RouterLink.class).id("dashboard-testimonials-queue");
        assertThat(queue.getHref()).as("the queue, which opens on those waiting for moderation")
                .isEqualTo(ModerationView.ROUTE);
        assertThat(HealthCards.testimonials(overview, false).getElement().getTextRecursively())
                .as("no way to the queue for someone who does not moderate").doesNotContain("moderation queue");
        test(queue).click();
        assertThat(getCurrentView()).isInstanceOf(ModerationView.class);
        assertThat($(Select.class).id("testimonials-filter-state").getValue()).as("it opens on those waiting")
                .isEqualTo(TestimonialState.SUBMITTED);
    }

    @Test
    @SignedInAs(DemoUser.CLIENT)
    void aPortalUserAnswersTheNpsPromptOnTheirHomeOnce() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UUID client = TenantContext.current().orElseThrow().clientId();
        UUID contact = system(() -> jdbc.queryForObject("""
                insert into client_contact (tenant_id, id, client_id, name, normalized_name, email, created_at)
                values (?, gen_random_uuid(), ?, 'Budi Setiawan', 'budi setiawan', 'budi@maju-jaya.test', now())
                returning id""", UUID.class, firm(), client));
        UUID survey = system(() -> jdbc.queryForObject("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, portal_subject, sent_at, expires_at)
                values (?, gen_random_uuid(), ?, ?, ?, now(), now() + interval '14 days') returning id""",
                UUID.class, firm(), client, contact, DemoUser.CLIENT.subject()));

        navigate(PortalHomeView.class);

        assertThat($(Div.class).id("portal-nps").isVisible()).isTrue();
        assertThat($(Paragraph.class).id("portal-nps-question").getText()).startsWith("How likely are you to recommend");
        test($(Button.class).id("portal-nps-send")).click();
        assertThat($(RadioButtonGroup.class).id("portal-nps-score").isInvalid()).as("a score is needed").isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = $(RadioButtonGroup.class).id("portal-nps-score");
        score.setValue(10);
        $(TextArea.class).id("portal-nps-comment").setValue("Always on time");
        test($(Button.class).id("portal-nps-send")).click();

        assertThat($(Paragraph.class).id("portal-nps-thanks").getText()).isEqualTo("Thank you for your answer.");
        assertThat(system(() -> jdbc.queryForObject("select score from nps_survey where id = ?", Integer.class,
                survey))).isEqualTo(10);
        assertThat(surveys.openForMe()).as("answered once, asked no more").isEmpty();
    }

    @Test
    void theLinkPageAnswersOnceAndRefusesAUsedOrForgedLinkWithoutSaving() {
        UUID client = system(() -> jdbc.queryForObject("select id from client order by created_at limit 1",
                UUID.class));
        UUID contact = system(() -> jdbc.queryForObject("""
                insert into client_contact (tenant_id, id, client_id, name, normalized_name, email, created_at)
                values (?, gen_random_uuid(), ?, 'Link Person', 'link person', 'link@c.test', now())
                returning id""", UUID.class, firm(), client));
        String token = linkSurvey(client, contact);

        navigate(NpsLinkView.class, Map.of("firm", firm().toString(), "token", token + "x"));
        assertThat($(Paragraph.class).id("nps-link-refused").getText())
                .isEqualTo("This link is not valid. Please use the link from your email.");

        navigate(NpsLinkView.class, Map.of("firm", firm().toString(), "token", token));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = $(RadioButtonGroup.class).id("nps-link-score");
        score.setValue(3);
        test($(Button.class).id("nps-link-send")).click();
        assertThat($(Paragraph.class).id("nps-link-thanks").getText()).isEqualTo("Thank you for your answer.");

        navigate(NpsLinkView.class, Map.of("firm", firm().toString(), "token", token));
        assertThat($(Paragraph.class).id("nps-link-refused").getText())
                .isEqualTo("This survey was already answered. Thank you!");
        assertThat(system(() -> jdbc.queryForObject(
                "select count(*) from nps_survey where contact_id = ? and answered_at is not null", Integer.class,
                contact))).isEqualTo(1);
        assertThat(system(() -> jdbc.queryForObject(
                "select count(*) from nps_follow_up f join nps_survey s on s.tenant_id = f.tenant_id"
                        + " and s.id = f.survey_id where s.contact_id = ?", Integer.class, contact)))
                .as("the detractor's answer opened one follow-up").isEqualTo(1);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminTurnsTheSurveysOnAndABadIntervalIsShownAtItsInputWithNothingSaved() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(NpsScheduleView.class);
        try {
            $(Checkbox.class).id("nps-schedule-enabled").setValue(true);
            $(IntegerField.class).id("nps-schedule-interval").setValue(3);
            test($(Button.class).id("nps-schedule-save")).click();

            assertThat($(IntegerField.class).id("nps-schedule-interval").isInvalid()).isTrue();
            assertThat($(IntegerField.class).id("nps-schedule-interval").getErrorMessage())
                    .isEqualTo("Choose between 7 and 3650 days.");
            assertThat(surveys.settings()).as("nothing saved").isEqualTo(NpsSettings.DEFAULTS);

            $(IntegerField.class).id("nps-schedule-interval").setValue(60);
            test($(Button.class).id("nps-schedule-save")).click();

            assertThat($(IntegerField.class).id("nps-schedule-interval").isInvalid()).isFalse();
            assertThat(surveys.settings()).isEqualTo(new NpsSettings(true, 60, 14));
        } finally {
            surveys.changeSettings(NpsSettings.DEFAULTS);
        }
    }

    private void openHealthTab() {
        Tab tab = $(Tab.class).all().stream().filter(t -> "Health".equals(t.getLabel())).findFirst().orElseThrow();
        $(TabSheet.class).id("client-tabs").setSelectedTab(tab);
    }

    /** A survey of the contact sent by link now, its token known to the test (only its hash is stored). */
    private String linkSurvey(UUID client, UUID contact) {
        String token = "link-" + UUID.randomUUID();
        system(() -> jdbc.update("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at)
                values (?, gen_random_uuid(), ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), now(),
                  now() + interval '14 days')""", firm(), client, contact, token));
        return token;
    }

    private void answered(UUID client, UUID contact, int score, int daysAgo) {
        system(() -> jdbc.update("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at,
                  answered_at, score)
                values (?, gen_random_uuid(), ?, ?, md5(random()::text) || md5(random()::text),
                  now() - make_interval(days => ?), now(), now() - make_interval(days => ?), ?)""",
                firm(), client, contact, daysAgo, daysAgo, score));
    }

    private UUID firm() {
        return OwnFirms.current().hartono();
    }

    private <T> T system(java.util.function.Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm()), () -> tx.execute(status -> work.get()));
    }
}
