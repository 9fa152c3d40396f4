package io.klien.ui.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.local.bench.BenchPopulation;
import io.klien.local.bench.BenchUser;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The load generator against the real app on port 18080 and the real Keycloak: people provisioned through the app's
 * own path sign in on Keycloak's login page, and a short run of staff and portal people makes no errors and leaves its
 * comments in the database. Nothing here is timed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class LoadGeneratorTests {

    private static final URI APP = URI.create("http://localhost:18080");

    @Autowired
    BenchPopulation population;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPortalUserSignsInThroughKeycloaksLoginPageAndBootstrapsTheirPortalUi() throws Exception {
        BenchUser budi = population.firm("bench-signin-" + suffix(), 0, 1).getFirst();
        Browser browser = new Browser(APP);

        String page = browser.signIn("/portal", budi.email(), BenchPopulation.PASSWORD);
        VaadinUi ui = VaadinUi.fromPage(browser, "portal", page);

        assertThat(page).as("the app's bootstrap page, not Keycloak's").doesNotContain("kc-form-login");
        assertThat(ui.shows("portal-greeting")).isTrue();
        assertThat(ui.hrefs()).anyMatch(href -> href.startsWith("portal/onboarding/"));
        ui.close();
    }

    @Test
    void aShortRunOfStaffAndPortalPeopleMakesNoErrorsAndItsCommentsReachTheDatabase() throws Exception {
        String slug = "bench-run-" + suffix();
        List<BenchUser> users = population.firm(slug, 2, 4);
        UUID firm = users.getFirst().firm();
        List<Person> people = people(users, firm);
        LoadRun run = new LoadRun(people, new LoadRun.Settings(Duration.ofSeconds(2), Duration.ofSeconds(12),
                Duration.ofMillis(50), Duration.ofMillis(200), false));

        run.run(() -> { }, () -> { });

        assertThat(run.setup.errorSamples()).isEmpty();
        assertThat(run.measured.errorSamples()).isEmpty();
        assertThat(run.measured.figures()).extracting(Recorder.Figures::kind).contains("staff.clients-grid",
                "staff.client-page", "staff.onboarding-board", "staff.search", "staff.onboarding-page", "staff.comment",
                "portal.home", "portal.checklist", "portal.comment", "portal.form-save", "portal.project");
        long sent = run.measured.count("staff.comment") + run.measured.count("portal.comment");
        assertThat(comments(firm)).as("every comment the generator timed is in the database").isGreaterThanOrEqualTo(sent)
                .isPositive();
        assertThat(count(firm, "select count(*) from onboarding_step where outcome::text like '%PT Beban Uji%'"))
                .as("the portal people's form drafts are saved").isPositive();
    }

    @Test
    void theCeilingRunOnTheSimplestViewMakesNoErrors() throws Exception {
        List<BenchUser> users = population.firm("bench-ping-" + suffix(), 1, 1);
        LoadRun run = new LoadRun(people(users, users.getFirst().firm()), new LoadRun.Settings(Duration.ofSeconds(1),
                Duration.ofSeconds(4), Duration.ofMillis(20), Duration.ofMillis(60), true));

        run.run(() -> { }, () -> { });

        assertThat(run.setup.errorSamples()).isEmpty();
        assertThat(run.measured.errorSamples()).isEmpty();
        assertThat(run.measured.count("ping.click")).isPositive();
        assertThat(run.measured.count("ping.navigate")).isPositive();
    }

    private List<Person> people(List<BenchUser> users, UUID firm) {
        List<UUID> clients = ids(firm, "select id from client");
        List<UUID> onboardings = ids(firm, "select id from onboarding");
        List<Person> people = new ArrayList<>();
        for (BenchUser user : users) {
            people.add(new Person(APP, user.email(), BenchPopulation.PASSWORD,
                    user.kind() == BenchUser.Kind.STAFF ? Person.Kind.STAFF : Person.Kind.PORTAL, clients, onboardings));
        }
        return people;
    }

    private List<UUID> ids(UUID firm, String sql) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForList(sql, UUID.class)));
    }

    private long comments(UUID firm) {
        return count(firm, "select count(*) from onboarding_step_comment where text like ?", Script.COMMENT_PREFIX + "%");
    }

    private long count(UUID firm, String sql, Object... arguments) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForObject(sql, Long.class,
                arguments)));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
