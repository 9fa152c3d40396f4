package io.klien.ui.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End-to-end journeys in the system Chromium against the app on port 18080 and the real Keycloak. Each journey saves
 * a full-page screenshot under target/e2e-screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
abstract class BrowserJourney {

    static final String APP = "http://localhost:18080";
    static final String DEMO_PASSWORD = "klien-demo";

    private static Playwright playwright;
    private static Browser browser;

    BrowserContext context;
    Page page;

    /** A failed journey leaves a screenshot of where it stopped: target/e2e-screenshots/failed-<test>.png. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("failed-" + test.getRequiredTestMethod().getName())));
        }
    };

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("klien.e2e.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void freshBrowserProfile() {
        context = newProfile();
        page = context.newPage();
    }

    /** A separate browser profile: its own cookies, as another person on another machine. */
    BrowserContext newProfile() {
        BrowserContext profile = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-US"));
        profile.setDefaultTimeout(30_000);
        return profile;
    }

    @AfterEach
    void closeProfile() {
        context.close();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath(name)).setFullPage(true));
    }

    /**
     * The whole page, also where the layout scrolls its content rather than the document: the window grows by what
     * its scrolling parts hide, for the shot, and is put back.
     */
    static void whole(Page shown, String name) {
        com.microsoft.playwright.options.ViewportSize window = shown.viewportSize();
        for (int pass = 0; pass < 3; pass++) {
            int hidden = ((Number) shown.evaluate(HIDDEN_HEIGHT)).intValue();
            if (hidden <= 0) {
                break;
            }
            shown.setViewportSize(window.width, shown.viewportSize().height + hidden);
        }
        shown.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath(name)));
        shown.setViewportSize(window.width, window.height);
    }

    /** How much of the page its scrolling parts (in shadow roots too) or the document hide below the window. */
    static final String HIDDEN_HEIGHT = """
            () => {
              let hidden = document.documentElement.scrollHeight - window.innerHeight;
              const walk = root => root.querySelectorAll('*').forEach(e => {
                const overflow = getComputedStyle(e).overflowY;
                if ((overflow === 'auto' || overflow === 'scroll') && e.clientHeight > 0) {
                  hidden = Math.max(hidden, e.scrollHeight - e.clientHeight);
                }
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              return hidden;
            }""";

    /** The onboarding of the client whose portal user has this address (a bench firm gives each portal user one). */
    static UUID onboardingOfPortalUser(JdbcTemplate jdbc, TransactionTemplate tx, UUID firm, String email) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForObject(
                "select o.id from onboarding o join membership m on m.tenant_id = o.tenant_id and m.client_id = o.client_id"
                        + " where m.email = ?", UUID.class, email)));
    }

    static Path screenshotPath(String name) {
        return Path.of(System.getProperty("klien.e2e.screenshots", "target/e2e-screenshots")).resolve(name + ".png");
    }

    void signInOnKeycloak(String username, String password) {
        signInOnKeycloak(page, username, password);
    }

    /**
     * Keycloak's organization-aware login asks for the username first and the password on a second step; a
     * remembered username shows both at once.
     */
    static void signInOnKeycloak(Page page, String username, String password) {
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    boolean onKeycloakLoginPage() {
        return page.url().contains("/realms/klien/protocol/openid-connect/auth")
                || page.url().contains("/realms/klien/login-actions/");
    }

    /**
     * Follows the invitation mailed to {@code email} in the profile: Keycloak's "set your password" page, then back
     * to Klien (signing in if Keycloak asks), until {@code landing} shows. Returns the invitee's page.
     */
    static Page acceptInvitation(BrowserContext profile, io.klien.localservices.CaughtMailbox mailbox, String email,
            java.time.Instant since, String password, String landing) {
        String link = mailbox.awaitMailTo(email, since, java.time.Duration.ofSeconds(20)).links().stream()
                .filter(l -> l.contains("action-token")).findFirst().orElseThrow();
        Page invitee = profile.newPage();
        invitee.navigate(link);
        com.microsoft.playwright.Locator proceed = invitee.locator("a", new Page.LocatorOptions().setHasText("Click here to proceed"));
        invitee.locator("#password-new, a:has-text('Click here to proceed')").first().waitFor();
        if (proceed.count() > 0) {
            proceed.click();
        }
        invitee.locator("#password-new").fill(password);
        invitee.locator("#password-confirm").fill(password);
        invitee.locator("input[type=submit], button[type=submit]").first().click();
        invitee.locator("#backToApplication, a:has-text('Back to Application'), #username, " + landing).first().waitFor();
        com.microsoft.playwright.Locator back = invitee.locator("#backToApplication, a:has-text('Back to Application')");
        if (back.count() > 0) {
            back.first().click();
        }
        invitee.locator("#username, " + landing).first().waitFor();
        if (invitee.locator("#username").count() > 0) {
            signInOnKeycloak(invitee, email, password);
        }
        // the invitation is accepted (the membership activated) when the app receives the sign-in: wait for its page
        // before the caller navigates, or the next address would cut the sign-in off
        invitee.locator(landing).first().waitFor();
        return invitee;
    }
}
