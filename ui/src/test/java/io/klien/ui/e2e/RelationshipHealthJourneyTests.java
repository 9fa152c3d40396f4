package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.local.demo.DemoPeople;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contact without a portal account answers the NPS survey through the single-use link, without signing in, as a
 * detractor; the representative then sees the client at risk on the dashboard and its health (falling NPS, the
 * follow-up) on the client page.
 */
class RelationshipHealthJourneyTests extends BrowserJourney {

    private static final String RUDI = "rudi@hartono-law.test";

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;

    @Test
    void aDetractorsAnswerThroughTheLinkPutsTheClientAtRiskForItsRepresentative() {
        UUID firm = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        Scope rudi = Scope.member(firm, DemoPeople.REALM.rudi(), "STAFF", null, false);
        String clientName = "000 Health Journey " + UUID.randomUUID().toString().substring(0, 6);
        UUID client = TenantContext.callIn(rudi, () -> tx.execute(s -> {
            UUID id = clients.create(clientName, ClientKind.ORGANIZATION).id();
            contacts.assignRepresentative(id, DemoPeople.REALM.rudi());
            return id;
        }));
        UUID contact = TenantContext.callIn(rudi, () -> tx.execute(s -> contacts.addContact(client,
                new ContactDetails("Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", null, null), true).id()));
        String token = "journey-" + UUID.randomUUID();
        TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> {
            jdbc.update("""
                    insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at,
                      answered_at, score)
                    values (?, gen_random_uuid(), ?, ?, md5(random()::text) || md5(random()::text),
                      now() - interval '120 days', now() - interval '106 days', now() - interval '119 days', 9)""",
                    firm, client, contact);
            return jdbc.update("""
                    insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at)
                    values (?, gen_random_uuid(), ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), now(),
                      now() + interval '14 days')""", firm, client, contact, token);
        }));

        try {
            BrowserContext visitorProfile = newProfile();
            Page visitor = visitorProfile.newPage();
            visitor.navigate(APP + "/nps/" + firm + "/" + token);
            assertThat(visitor.locator("#nps-link-question")).containsText("How likely are you to recommend");
            visitor.locator("#nps-link-score vaadin-radio-button").nth(3).click();
            visitor.locator("#nps-link-comment textarea").fill("Replies take too long");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("60-nps-link")).setFullPage(true));
            visitor.locator("#nps-link-send").click();
            assertThat(visitor.locator("#nps-link-thanks")).hasText("Thank you for your answer.");
            visitor.navigate(APP + "/nps/" + firm + "/" + token);
            assertThat(visitor.locator("#nps-link-refused")).hasText("This survey was already answered. Thank you!");
            visitorProfile.close();

            page.navigate(APP + "/");
            signInOnKeycloak(RUDI, DEMO_PASSWORD);
            assertThat(page.locator("#dashboard-at-risk-" + client)).hasText(clientName);
            assertThat(page.locator("#dashboard-at-risk")).containsText("NPS falling from 9 to 3");
            assertThat(page.locator("#dashboard-nps")).isVisible();
            assertThat(page.locator("#dashboard-testimonials")).isVisible();
            page.locator("#dashboard-at-risk").scrollIntoViewIfNeeded();
            screenshot("61-dashboard-health");

            page.locator("#dashboard-at-risk-" + client).click();
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Health")).click();
            assertThat(page.locator("#health-risk-list")).containsText("Latest NPS answer is a detractor (3)");
            assertThat(page.locator("#health-nps-trend .klien-nps-bar")).hasCount(2);
            assertThat(page.locator("#health-follow-ups")).containsText("Replies take too long");
            page.locator("#health-nps").scrollIntoViewIfNeeded();
            screenshot("62-client-health");
            page.locator("#health-follow-ups vaadin-button").first().click();
            assertThat(page.locator("#health-follow-ups")).containsText("Done on");
            assertThat(page.locator("#health-last-contact")).containsText("follow-up done");
            assertThat(page.locator("#health-gestures")).isVisible();
        } finally {
            // a former client is never at risk: the next run's client is the first on the dashboard again
            TenantContext.callIn(rudi, () -> tx.execute(s -> clients.changeStatus(client, ClientStatus.FORMER)));
        }
    }
}
