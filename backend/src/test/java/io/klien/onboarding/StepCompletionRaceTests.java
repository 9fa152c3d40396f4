package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.answers;
import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people acting on the same step at the same moment: of two completions one is recorded and the other is told;
 * of two saves of one intake form, made from what each had loaded, the first stands and the later is refused as stale.
 */
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
        List<String> results = atOnce(List.of(f.firms.staffOfA(), f.firms.adminOfA()), person -> {
            steps.markLetterSigned(letter, null);
            return "completed by " + person.subject();
        });

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
    }

    /**
     * Runs the action for each person at the same moment, each in a transaction of their own, and returns what each
     * got: the action's answer, or the message key of the rule that refused them.
     */
    List<String> atOnce(List<Scope> people, Function<Scope, String> action) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Scope person : people) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        return TenantContext.callIn(person, () -> tx.execute(s -> action.apply(person)));
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
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An intake form as both sides have it open: loaded, not saved yet. */
    StepView openForm(UUID client) {
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Form race " + UUID.randomUUID(),
                StepDefinition.of("intake", "Intake", StepType.INTAKE_FORM, StepSide.CLIENT).withFields(
                        FormField.of("name", "Name", FieldType.TEXT, true),
                        FormField.of("notes", "Notes", FieldType.LONG_TEXT, false)))));
        return step(started, "intake");
    }

    Map<String, Object> savedRow(UUID stepId) {
        return f.firms.asSystem(f.firms.firmA, () -> jdbc.queryForMap(
                "select outcome::text as answers, outcome ->> 'savedBy' as answers_saved_by, version from onboarding_step"
                        + " where id = ?", stepId));
    }

    @Test
    void aSaveFromAnOutdatedFormIsRefusedAndTheEarlierAnswersStay() {
        UUID client = f.newClient("Form Race");
        StepView loaded = openForm(client);
        StepView first = f.asClientUserOf(client, () -> steps.saveDraft(loaded.id(), loaded.version(),
                answers("name", "PT Pertama", "notes", "from the client")));

        assertThatThrownBy(() -> f.staff(() -> steps.saveDraft(loaded.id(), loaded.version(),
                answers("name", "PT Kedua"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.form.stale"));
        assertThatThrownBy(() -> f.staff(() -> steps.submitForm(loaded.id(), loaded.version(),
                answers("name", "PT Kedua"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.form.stale"));

        StepView now = f.staff(() -> onboardings.step(loaded.id()));
        assertThat(now.answers()).isEqualTo(Map.of("name", List.of("PT Pertama"), "notes", List.of("from the client")));
        assertThat(now.state()).isEqualTo(StepState.IN_PROGRESS);
        assertThat(now.version()).isEqualTo(first.version());

        StepView again = f.staff(() -> steps.saveDraft(loaded.id(), now.version(), answers("name", "PT Kedua")));
        assertThat(again.answers()).containsEntry("name", List.of("PT Kedua"));
    }

    @RepeatedTest(3)
    void ofTwoSessionsSavingTheSameFormAtOnceOneSaveStandsAndTheOtherIsToldItIsStale() throws Exception {
        UUID client = f.newClient("Form Race");
        StepView loaded = openForm(client);
        List<String> results = atOnce(List.of(f.clientUserOf(client), f.firms.staffOfA()), person -> {
            steps.saveDraft(loaded.id(), loaded.version(), answers("name", "Saved by " + person.subject()));
            return "saved by " + person.subject();
        });

        assertThat(results).filteredOn("onboarding.form.stale"::equals).hasSize(1);
        String winner = results.stream().filter(r -> r.startsWith("saved by ")).findFirst().orElseThrow()
                .substring("saved by ".length());
        Map<String, Object> row = savedRow(loaded.id());
        assertThat(row).containsEntry("answers_saved_by", winner).containsEntry("version", loaded.version() + 1);
        assertThat((String) row.get("answers")).contains("Saved by " + winner);
    }
}
