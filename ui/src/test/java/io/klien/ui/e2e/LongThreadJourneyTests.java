package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import io.klien.local.bench.BenchPopulation;
import io.klien.local.bench.BenchUser;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step whose thread has grown long: the checklist shows its latest ten comments with "Show earlier", on the firm's
 * page and on the client's phone, and a new comment joins the thread where it is.
 */
class LongThreadJourneyTests extends BrowserJourney {

    @Autowired
    BenchPopulation population;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aLongThreadShowsItsLatestCommentsAndTheRestOnRequestForTheFirmAndTheClient() {
        List<BenchUser> people = population.firm("long-thread-" + UUID.randomUUID().toString().substring(0, 8), 1, 1);
        UUID firm = people.getFirst().firm();
        BenchUser staff = people.get(0);
        BenchUser client = people.get(1);
        UUID onboarding = onboardingOfPortalUser(jdbc, tx, firm, client.email());
        twelveEarlierComments(firm, onboarding);

        page.navigate(APP + "/onboarding/" + onboarding);
        signInOnKeycloak(staff.email(), BenchPopulation.PASSWORD);
        assertThat(page.locator("#step-1-comments-earlier")).hasText("Show 2 earlier comments");
        assertThat(page.locator("#step-1-comment-entries .klien-comment")).hasCount(10);
        assertThat(page.locator("#step-1-comment-entries")).containsText("Question 12 about the intake form.");
        var menu = page.locator(".klien-user-menu").boundingBox();
        Assertions.assertThat(menu.x + menu.width).as("a long firm name leaves the user menu in view").isLessThanOrEqualTo(1280);
        page.locator("#step-1-comments").scrollIntoViewIfNeeded();
        screenshot("34-staff-long-thread");
        page.locator("#step-1-comments-earlier").click();
        assertThat(page.locator("#step-1-comment-entries .klien-comment")).hasCount(12);
        assertThat(page.locator("#step-1-comments-earlier")).hasCount(0);
        page.locator("#step-1-comment-text textarea").fill("All twelve answered in the call today.");
        page.locator("#step-1-comment-send").click();
        assertThat(page.locator("#step-1-comment-entries .klien-comment")).hasCount(13);
        assertThat(page.locator("#step-1-comment-entries .klien-comment").last())
                .containsText("All twelve answered in the call today.");
        assertThat(page.locator("#step-1-comment-text textarea")).hasValue("");

        Page phone = newProfile().newPage();
        phone.setViewportSize(390, 844);
        phone.navigate(APP + "/portal/onboarding/" + onboarding);
        signInOnKeycloak(phone, client.email(), BenchPopulation.PASSWORD);
        assertThat(phone.locator("#step-1-comments-earlier")).hasText("Show 3 earlier comments");
        assertThat(phone.locator("#step-1-comment-entries .klien-comment").last())
                .containsText("All twelve answered in the call today.");
        Assertions.assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the thread fits a 390 px wide phone").isTrue();
        whole(phone, "35-portal-long-thread-phone");
    }

    /** Twelve shared comments on the intake step, an hour apart, as the firm wrote them over the past days. */
    private void twelveEarlierComments(UUID firm, UUID onboarding) {
        TenantContext.runIn(Scope.system(firm), () -> tx.executeWithoutResult(s -> jdbc.update("""
                insert into onboarding_step_comment (tenant_id, id, onboarding_id, step_id, parent_id, author_subject,
                  author_side, text, internal, created_at)
                select st.tenant_id, gen_random_uuid(), st.onboarding_id, st.id, null, m.subject, 'FIRM',
                  'Question ' || g || ' about the intake form.', false, now() - make_interval(hours => 13 - g)
                from onboarding_step st
                join membership m on m.tenant_id = st.tenant_id and m.role = 'TENANT_ADMIN'
                cross join generate_series(1, 12) g
                where st.onboarding_id = ? and st.position = 1""", onboarding)));
    }
}
