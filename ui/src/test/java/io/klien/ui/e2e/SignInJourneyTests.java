package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Page;
import io.klien.identity.UserAccounts;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInJourneyTests extends BrowserJourney {

    @Autowired
    CaughtMailbox mailbox;

    @Autowired
    UserAccounts userAccounts;

    private static final String LENA = "6b1e0000-0000-4000-8000-000000000002";

    @Test
    void staffMemberSignsInSeesTheirNameAndSignsOutOfKeycloakToo() {
        page.navigate(APP + "/");
        page.locator("#username").waitFor();
        assertThat(onKeycloakLoginPage()).as("sent to Keycloak, at %s", page.url()).isTrue();
        screenshot("01-keycloak-login");
        String sessionBeforeSignIn = appSessionId();

        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);

        assertThat(page.locator("#home-greeting")).hasText("Welcome, Lena Hartono");
        assertThat(appSessionId()).as("session fixation protection: a new session id after sign-in")
                .isNotNull().isNotEqualTo(sessionBeforeSignIn);
        assertThat(page.locator("#user-name")).hasText("Lena Hartono");
        assertThat(page.url()).startsWith(APP);
        screenshot("02-home-signed-in");
        assertThat(userAccounts.findBySubject(LENA)).hasValueSatisfying(
                account -> assertThat(account.lastSignedInAt()).isAfter(Instant.now().minusSeconds(60)));

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();

        page.locator("#username").waitFor();
        assertThat(onKeycloakLoginPage()).as("back on Keycloak's login page, at %s", page.url()).isTrue();
        screenshot("03-signed-out");

        // the Keycloak session ended too: opening the app asks for the password again instead of signing in silently
        page.navigate(APP + "/");
        page.locator("#username").waitFor();
        assertThat(onKeycloakLoginPage()).isTrue();
    }

    @Test
    void wrongPasswordShowsKeycloaksErrorAndStartsNoSession() {
        page.navigate(APP + "/");
        signInOnKeycloak("rudi@hartono-law.test", "not-the-password");

        assertThat(page.getByText("Invalid username or password.")).isVisible();
        assertThat(onKeycloakLoginPage()).as("still on Keycloak, at %s", page.url()).isTrue();
        screenshot("04-wrong-password");

        page.navigate(APP + "/");
        page.locator("#username").waitFor();
        assertThat(onKeycloakLoginPage()).as("still not signed in").isTrue();

        // the right password still works afterwards (and resets Keycloak's failure count)
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Rudi Santoso");
    }

    @Test
    void signedInStaffWithoutTheRoleSeeAccessDenied() {
        page.navigate(APP + "/dev/mail");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);

        assertThat(page.locator("#access-denied-title")).hasText("You do not have access to this page");
        screenshot("05-access-denied");
    }

    @Test
    void passwordResetMailFromKeycloakIsCaughtAndListedForThePlatformAdmin() {
        Instant before = Instant.now().minusSeconds(1);
        page.navigate(APP + "/");
        page.locator("#username").fill("dimas@studio-kanvas.test");
        if (!page.locator("a[href*='reset-credentials']").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("a[href*='reset-credentials']").click();
        page.locator("#username").fill("dimas@studio-kanvas.test");
        page.locator("input[type=submit], button[type=submit]").first().click();

        CaughtMail mail = mailbox.awaitMailTo("dimas@studio-kanvas.test", before.minusSeconds(1), Duration.ofSeconds(20));
        assertThat(mail.links()).anySatisfy(link -> assertThat(link).contains("/realms/klien/login-actions/action-token"));

        page.navigate(APP + "/dev/mail");
        page.locator("#username").waitFor();
        signInOnKeycloak("operator@klien.test", DEMO_PASSWORD);

        assertThat(page.locator("#devmail-grid")).containsText("dimas@studio-kanvas.test");
        assertThat(page.locator("#view-title")).hasText("Caught mail");
        screenshot("06-caught-mail");
    }

    private String appSessionId() {
        return context.cookies(APP).stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

}
