package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keycloak ends a sign-in (an admin, another app, a password change): the app session ends with it. */
class BackChannelLogoutJourneyTests extends BrowserJourney {

    private static final String RUDI = "6b1e0000-0000-4000-8000-000000000003";

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionLoggedOutInKeycloakIsRecordedForEveryReplicaAndEndsAtTheNextRequest() throws InterruptedException {
        List<String> refusedByPolicy = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        page.navigate(APP + "/");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);
        assertThat(page.locator("#user-name")).hasText("Rudi Santoso");
        page.navigate(APP + "/clients");
        page.locator("#clients-filter-text input").fill("a");
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(refusedByPolicy).as("Vaadin works under the app's Content-Security-Policy").isEmpty();
        String sid = keycloak.realm("klien").users().get(RUDI).getUserSessions().stream()
                .max(Comparator.comparing(UserSessionRepresentation::getStart)).orElseThrow().getId();

        keycloak.realm("klien").deleteSession(sid, false);

        assertThat(awaitRecorded(sid)).as("Keycloak's signed logout token for %s reached the app and was recorded", sid)
                .isTrue();
        // leave the running Vaadin page first: its own requests, refused now, would reload it mid-navigation
        page.navigate("about:blank");
        page.navigate(APP + "/");
        page.locator("#username").waitFor();
        assertThat(onKeycloakLoginPage()).as("signed out, at %s", page.url()).isTrue();
    }

    /** Keycloak posts the logout token to the app on its own thread; waits for it without timing anything. */
    private boolean awaitRecorded(String sid) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            Long recorded = jdbc.queryForObject("select count(*) from ended_session where sid = ?", Long.class, sid);
            if (recorded != null && recorded > 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
