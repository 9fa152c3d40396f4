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
 * Two people saving the same intake form from what they each loaded: the first save stands, the later one is refused
 * as stale instead of silently overwriting it.
 */
@SpringBootTest
class IntakeFormRaceTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;

    OnboardingFixture f;
    UUID client;
    StepView loaded;

    @BeforeEach
    void aFormBothSidesHaveOpen() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
        client = f.newClient("Form Race " + UUID.randomUUID().toString().substring(0, 6));
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Form race " + UUID.randomUUID(),
                StepDefinition.of("intake", "Intake", StepType.INTAKE_FORM, StepSide.CLIENT).withFields(
                        FormField.of("name", "Name", FieldType.TEXT, true),
                        FormField.of("notes", "Notes", FieldType.LONG_TEXT, false)))));
        loaded = step(started, "intake");
    }

    Map<String, Object> savedRow() {
        return f.firms.asSystem(f.firms.firmA, () -> jdbc.queryForMap(
                "select answers::text as answers, answers_saved_by, state, version from onboarding_step where id = ?",
                loaded.id()));
    }

    @Test
    void aSaveFromAnOutdatedFormIsRefusedAndTheEarlierAnswersStay() {
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
        Scope clientUser = f.clientUserOf(client);
        Scope staff = f.firms.staffOfA();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Scope person : List.of(clientUser, staff)) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        TenantContext.callIn(person, () -> tx.execute(s -> steps.saveDraft(loaded.id(),
                                loaded.version(), answers("name", "Saved by " + person.subject()))));
                        return "saved by " + person.subject();
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

            assertThat(results).filteredOn("onboarding.form.stale"::equals).hasSize(1);
            String winner = results.stream().filter(r -> r.startsWith("saved by ")).findFirst().orElseThrow()
                    .substring("saved by ".length());
            Map<String, Object> row = savedRow();
            assertThat(row).containsEntry("answers_saved_by", winner).containsEntry("version", loaded.version() + 1);
            assertThat((String) row.get("answers")).contains("Saved by " + winner);
        } finally {
            pool.shutdownNow();
        }
    }
}
