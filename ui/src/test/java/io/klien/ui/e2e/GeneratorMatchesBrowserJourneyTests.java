package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import io.klien.local.bench.BenchPopulation;
import io.klien.local.bench.BenchUser;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.capacity.Browser;
import io.klien.ui.capacity.VaadinUi;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The capacity load generator does what a browser does: the same short script, once in Chromium and once through the
 * generator's HTTP + Vaadin protocol client, leaves the same rows in the database. A portal user signs in, opens their
 * onboarding from their home page, comments on the intake step and saves a draft of the intake form; a staff member
 * opens a client's onboarding and comments on its conflict check.
 */
class GeneratorMatchesBrowserJourneyTests extends BrowserJourney {

    @Autowired
    BenchPopulation population;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theSameScriptInChromiumAndInTheGeneratorLeavesTheSameCommentsAndDraftInTheDatabase() throws Exception {
        List<BenchUser> people = population.firm("bench-same-" + UUID.randomUUID().toString().substring(0, 8), 2, 2);
        UUID firm = people.getFirst().firm();
        BenchUser browserStaff = people.get(0);
        BenchUser generatorStaff = people.get(1);
        BenchUser browserPortal = people.get(2);
        BenchUser generatorPortal = people.get(3);
        UUID browserOnboarding = onboardingOfPortalUser(jdbc, tx, firm, browserPortal.email());
        UUID generatorOnboarding = onboardingOfPortalUser(jdbc, tx, firm, generatorPortal.email());

        // in Chromium
        page.navigate(APP + "/portal");
        signInOnKeycloak(browserPortal.email(), BenchPopulation.PASSWORD);
        page.locator("a.klien-portal-onboarding").first().click();
        page.locator("#step-1-comment-text textarea").fill("Our deed of establishment follows by courier.");
        page.locator("#step-1-comment-send").click();
        assertThat(page.locator("#step-1-comments")).containsText("Our deed of establishment follows by courier.");
        page.locator("#step-1-field-legal-name input").fill("PT Sama Persis");
        page.locator("#step-1-draft").click();
        assertThat(page.locator("#step-1")).containsText("Draft saved");
        Page staff = newProfile().newPage();
        staff.navigate(APP + "/onboarding/" + browserOnboarding);
        signInOnKeycloak(staff, browserStaff.email(), BenchPopulation.PASSWORD);
        if (!staff.locator("#step-2-comment-text textarea").isVisible()) {
            staff.locator("#step-2-details vaadin-details-summary").click();
        }
        staff.locator("#step-2-comment-text textarea").fill("No conflicts found in the register.");
        staff.locator("#step-2-comment-send").click();
        assertThat(staff.locator("#step-2-comments")).containsText("No conflicts found in the register.");

        // through the generator
        Browser portalBrowser = new Browser(URI.create(APP));
        VaadinUi portal = VaadinUi.fromPage(portalBrowser, "portal",
                portalBrowser.signIn("/portal", generatorPortal.email(), BenchPopulation.PASSWORD));
        portal.navigate(portal.hrefs().stream().filter(h -> h.startsWith("portal/onboarding/")).findFirst().orElseThrow());
        portal.type("step-1-comment-text", "Our deed of establishment follows by courier.");
        portal.click("step-1-comment-send");
        portal.type("step-1-field-legal-name", "PT Sama Persis");
        portal.click("step-1-draft");
        Browser staffBrowser = new Browser(URI.create(APP));
        VaadinUi onboarding = VaadinUi.fromPage(staffBrowser, "onboarding/" + generatorOnboarding,
                staffBrowser.signIn("/onboarding/" + generatorOnboarding, generatorStaff.email(), BenchPopulation.PASSWORD));
        onboarding.type("step-2-comment-text", "No conflicts found in the register.");
        onboarding.click("step-2-comment-send");

        List<Map<String, Object>> inChromium = comments(firm, browserOnboarding);
        Assertions.assertThat(inChromium).hasSize(2);
        Assertions.assertThat(comments(firm, generatorOnboarding)).isEqualTo(inChromium);
        Assertions.assertThat(authors(firm, generatorOnboarding)).isEqualTo(List.of(subject(firm, generatorPortal.email()),
                subject(firm, generatorStaff.email())));
        Map<String, Object> draftInChromium = intakeDraft(firm, browserOnboarding);
        Assertions.assertThat(draftInChromium.get("answers")).asString().contains("PT Sama Persis");
        Assertions.assertThat(intakeDraft(firm, generatorOnboarding)).isEqualTo(draftInChromium);
    }

    /** The intake step's saved answers and state, apart from who saved them and when. */
    private Map<String, Object> intakeDraft(UUID firm, UUID onboarding) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForMap(
                "select (outcome -> 'values')::text as answers, state, version from onboarding_step "
                        + "where onboarding_id = ? and position = 1", onboarding)));
    }

    /** What the comments of the onboarding are, apart from who wrote them and when. */
    private List<Map<String, Object>> comments(UUID firm, UUID onboarding) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForList(
                "select st.position, c.author_side, c.internal, c.text, c.parent_id is null as top_level "
                        + "from onboarding_step_comment c join onboarding_step st on st.tenant_id = c.tenant_id and st.id = c.step_id "
                        + "where c.onboarding_id = ? order by c.created_at", onboarding)));
    }

    private List<String> authors(UUID firm, UUID onboarding) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForList(
                "select author_subject from onboarding_step_comment where onboarding_id = ? order by created_at", String.class,
                onboarding)));
    }

    private String subject(UUID firm, String email) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForObject(
                "select subject from membership where email = ?", String.class, email)));
    }
}
