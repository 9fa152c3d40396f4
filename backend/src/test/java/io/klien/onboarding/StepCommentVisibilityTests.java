package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The firm's internal comments stay the firm's, whichever service a client user calls. */
@SpringBootTest
class StepCommentVisibilityTests {

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
    Checklist started;

    @BeforeEach
    void anOnboardingWithClientAndFirmSteps() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
        client = f.newClient("Discreet Client " + UUID.randomUUID().toString().substring(0, 6));
        started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Discreet " + UUID.randomUUID(),
                StepDefinition.of("intake", "Intake", StepType.INTAKE_FORM, StepSide.CLIENT)
                        .withFields(FormField.of("name", "Name", FieldType.TEXT, true)),
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM),
                StepDefinition.of("kyc", "Identity", StepType.KYC, StepSide.FIRM))));
    }

    UUID stepId(String key) {
        return step(started, key).id();
    }

    @Test
    void commentsOnTheFirmsOwnStepsAreInternalAndAClientUserCanNeitherReadNorWriteThem() {
        CommentView onConflict = f.staff(() -> onboardings.comment(stepId("conflict"), null,
                "The director appears in the Sentosa matter.", false));
        CommentView onKyc = f.staff(() -> onboardings.comment(stepId("kyc"), null, "Passport looks altered.", false));

        assertThat(onConflict.internal()).as("internal whatever staff asked").isTrue();
        assertThat(onKyc.internal()).isTrue();
        for (String key : new String[] {"conflict", "kyc"}) {
            assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comments(stepId(key))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comment(stepId(key), null, "Why?")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(f.asClientUserOf(client, () -> onboardings.step(stepId(key))).commentCount()).isZero();
            assertThat(step(f.asClientUserOf(client, () -> onboardings.checklist(started.onboarding().id())), key)
                    .commentCount()).isZero();
        }
        assertThat(f.staff(() -> onboardings.comments(stepId("conflict")))).containsExactly(onConflict);
        assertThat(step(f.staff(() -> onboardings.checklist(started.onboarding().id())), "kyc").commentCount())
                .isEqualTo(1);
    }

    @Test
    void onAClientStepStaffChooseInternalOrSharedAndTheClientReadsOnlyWhatIsShared() {
        UUID intake = stepId("intake");
        CommentView shared = f.staff(() -> onboardings.comment(intake, null, "Please use the registered address."));
        CommentView note = f.staff(() -> onboardings.comment(intake, null, "They moved office to dodge creditors.",
                true));
        CommentView answer = f.asClientUserOf(client, () -> onboardings.comment(intake, shared.id(), "Done.", true));
        CommentView noteReply = f.staff(() -> onboardings.comment(intake, note.id(), "Ask compliance.", false));

        assertThat(shared.internal()).isFalse();
        assertThat(note.internal()).isTrue();
        assertThat(answer.internal()).as("a client's comment is always shared").isFalse();
        assertThat(noteReply.internal()).as("an answer to an internal note stays internal").isTrue();

        assertThat(f.asClientUserOf(client, () -> onboardings.comments(intake))).containsExactly(shared, answer)
                .extracting(CommentView::text).doesNotContain(note.text(), noteReply.text());
        assertThat(f.asClientUserOf(client, () -> onboardings.step(intake)).commentCount()).isEqualTo(2);
        assertThat(step(f.asClientUserOf(client, () -> onboardings.checklist(started.onboarding().id())), "intake")
                .commentCount()).isEqualTo(2);
        assertThat(f.staff(() -> onboardings.comments(intake))).containsExactly(shared, note, answer, noteReply);
        assertThat(f.staff(() -> onboardings.step(intake)).commentCount()).isEqualTo(4);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comment(intake, note.id(), "What note?")))
                .as("a client cannot answer, or learn of, a note it cannot read")
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.comment.parent.not-found");
    }

    @Test
    void aClientUsersSaveOfTheirFormReturnsOnlyTheSharedCommentCount() {
        UUID intake = stepId("intake");
        f.staff(() -> onboardings.comment(intake, null, "Internal only.", true));

        StepView saved = f.asClientUserOf(client, () -> steps.saveDraft(intake, step(started, "intake").version(),
                OnboardingFixture.answers("name", "PT Discreet")));

        assertThat(saved.commentCount()).isZero();
    }
}
