package io.klien.onboarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.NewClient;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TwoFirms;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two firms (see {@link TwoFirms}) and the shortcuts the onboarding tests share. */
final class OnboardingFixture {

    final TwoFirms firms;
    private final Clients clients;
    private final OnboardingTemplates templates;
    private final JdbcTemplate jdbc;

    OnboardingFixture(TwoFirms firms, Clients clients, OnboardingTemplates templates, JdbcTemplate jdbc) {
        this.firms = firms;
        this.clients = clients;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    <T> T admin(Supplier<T> work) {
        return firms.as(firms.adminOfA(), work);
    }

    /** A portal user of one of firm A's clients. */
    Scope clientUserOf(UUID clientId) {
        return Scope.member(firms.firmA, "client-user-of-" + clientId, "CLIENT", clientId, false);
    }

    <T> T asClientUserOf(UUID clientId, Supplier<T> work) {
        return firms.as(clientUserOf(clientId), work);
    }

    /** A new client of firm A, in onboarding. */
    UUID newClient(String name) {
        return staff(() -> clients.create(new NewClient(name, ClientKind.ORGANIZATION, null, null, true)).id());
    }

    /** A template of firm A with the given steps, created and published by its admin. */
    UUID publishedTemplate(String name, StepDefinition... steps) {
        TemplateView created = admin(() -> templates.create(new TemplateDefinition(name, null, null, null, List.of(steps))));
        return admin(() -> templates.publish(created.templateId(), created.revision())).templateId();
    }

    /** Firm A's seeded template (a law firm's). */
    UUID lawTemplate() {
        return staff(() -> templates.list()).getFirst().templateId();
    }

    static StepView step(Checklist checklist, String key) {
        return checklist.steps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static Map<String, List<String>> answers(String... keyValues) {
        Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            answers.put(keyValues[i], List.of(keyValues[i + 1]));
        }
        return answers;
    }

    /** Moves an onboarding of firm A back in time, as if it had started {@code days} days earlier. */
    void startedDaysAgo(UUID onboardingId, int days) {
        firms.asSystem(firms.firmA, () -> {
            jdbc.update("""
                    update onboarding set started_at = started_at - make_interval(days => ?), start_date = start_date - ?,
                      next_due_date = next_due_date - ? where id = ?""", days, days, days, onboardingId);
            jdbc.update("update onboarding_step set due_date = due_date - ? where onboarding_id = ?", days, onboardingId);
            return null;
        });
    }
}
