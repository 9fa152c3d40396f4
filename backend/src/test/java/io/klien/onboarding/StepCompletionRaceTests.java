package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people completing the same step at the same moment: one completion is recorded, the other is told. */
@SpringBootTest
class StepCompletionRaceTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;

    OnboardingFixture f;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
    }

    @RepeatedTest(3)
    void aStepCompletedTwiceAtOnceIsCompletedExactlyOnce() throws Exception {
        UUID client = f.newClient("Race Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Race",
                StepDefinition.of("letter", "Letter", StepType.ENGAGEMENT_LETTER, StepSide.FIRM),
                StepDefinition.of("other", "Other", StepType.INTERNAL_TASK, StepSide.FIRM))));
        UUID letter = step(started, "letter").id();
        List<Scope> people = List.of(f.firms.staffOfA(), f.firms.adminOfA());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Scope person : people) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        TenantContext.callIn(person, () -> tx.execute(s -> steps.markLetterSigned(letter, null)));
                        return "completed by " + person.subject();
                    } catch (DomainException e) {
                        return e.messageKey();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(r -> r.startsWith("completed by")).hasSize(1);
            assertThat(results).filteredOn("onboarding.step.already-completed"::equals).hasSize(1);
            String winner = results.stream().filter(r -> r.startsWith("completed by")).findFirst().orElseThrow()
                    .substring("completed by ".length());
            Map<String, Object> row = f.firms.asSystem(f.firms.firmA, () -> jdbc.queryForMap(
                    "select state, completed_by, version from onboarding_step where id = ?", letter));
            assertThat(row).containsEntry("state", "DONE").containsEntry("completed_by", winner)
                    .containsEntry("version", 1L);
            assertThat(f.staff(() -> onboardings.checklist(started.onboarding().id())).onboarding().requiredDone())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
