package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.answers;
import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ClientMerges;
import io.klien.clients.StatusChangeView;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RecordApplicationEvents
class OnboardingRunTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientMerges clientMerges;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired ApplicationEvents events;

    OnboardingFixture f;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
    }

    static StepDefinition task(String key) {
        return StepDefinition.of(key, "Task " + key, StepType.INTERNAL_TASK, StepSide.FIRM);
    }

    static StepDefinition form(String key) {
        return StepDefinition.of(key, "Form " + key, StepType.INTAKE_FORM, StepSide.CLIENT).withFields(
                FormField.of("name", "Name", FieldType.TEXT, true),
                FormField.of("email", "Email", FieldType.EMAIL, true),
                FormField.choice("size", "Company size", FieldType.SINGLE_CHOICE, true, "Small", "Large"),
                FormField.of("employees", "Employees", FieldType.NUMBER, false).withLimits(1, 100_000),
                FormField.of("notes", "Notes", FieldType.LONG_TEXT, false));
    }

    Checklist checklist(UUID onboardingId) {
        return f.staff(() -> onboardings.checklist(onboardingId));
    }

    @Test
    void stepsOpenWhenTheirPrerequisitesAreDoneAndAreDueTheirOffsetAfterTheStart() {
        UUID template = f.publishedTemplate("Prerequisites", task("first").dueAfterDays(2),
                task("second").after("first").dueAfterDays(5), task("third").after("first", "second"),
                task("anytime").optional());
        UUID client = f.newClient("Prereq Client");

        Checklist started = f.staff(() -> onboardings.start(client, template));
        LocalDate today = started.onboarding().startDate();

        assertThat(started.steps()).extracting(StepView::state).containsExactly(StepState.OPEN, StepState.LOCKED,
                StepState.LOCKED, StepState.OPEN);
        assertThat(step(started, "first").dueDate()).isEqualTo(today.plusDays(2));
        assertThat(step(started, "second").dueDate()).isEqualTo(today.plusDays(5));
        assertThat(started.onboarding().requiredTotal()).isEqualTo(3);
        assertThat(started.onboarding().nextDueDate()).isEqualTo(today);
        assertThatThrownBy(() -> f.staff(() -> steps.completeTask(step(started, "second").id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.step.locked");

        f.staff(() -> steps.completeTask(step(started, "first").id()));
        Checklist afterFirst = checklist(started.onboarding().id());
        assertThat(afterFirst.steps()).extracting(StepView::state).containsExactly(StepState.DONE, StepState.OPEN,
                StepState.LOCKED, StepState.OPEN);
        assertThat(afterFirst.onboarding().progressPercent()).isEqualTo(33);

        f.staff(() -> steps.completeTask(step(started, "second").id()));
        assertThat(step(checklist(started.onboarding().id()), "third").state()).isEqualTo(StepState.OPEN);
    }

    @Test
    void anOnboardingKeepsItsOwnCopyWhenTheTemplateIsEditedLater() {
        UUID template = f.publishedTemplate("Copying", task("a"), task("b").after("a").dueAfterDays(3));
        UUID client = f.newClient("Copy Client");
        Checklist started = f.staff(() -> onboardings.start(client, template));

        TemplateView editable = f.admin(() -> templates.editable(template));
        TemplateView draft = f.admin(() -> templates.save(template, editable.revision(), new TemplateDefinition(
                "Copying v2", null, null, null, List.of(task("a").dueAfterDays(9), task("c")))));
        f.admin(() -> templates.publish(template, draft.revision()));
        Checklist later = f.staff(() -> onboardings.start(f.newClient("Later Client"), template));

        Checklist unchanged = checklist(started.onboarding().id());
        assertThat(unchanged.steps()).extracting(StepView::key).containsExactly("a", "b");
        assertThat(step(unchanged, "a").dueDate()).isEqualTo(unchanged.onboarding().startDate());
        assertThat(unchanged.onboarding().templateName()).isEqualTo("Copying");
        assertThat(unchanged.onboarding().templateVersion()).isEqualTo(1);
        assertThat(later.steps()).extracting(StepView::key).containsExactly("a", "c");
        assertThat(later.onboarding().templateVersion()).isEqualTo(2);
        assertThat(later.onboarding().templateName()).isEqualTo("Copying v2");
    }

    @Test
    void theLawFirmJourneyEndsWithAnActiveClientItsDurationAndTheAnnouncements() {
        UUID client = f.newClient("Sinar Abadi Journey");
        Checklist started = f.staff(() -> onboardings.start(client, f.lawTemplate()));
        UUID id = started.onboarding().id();
        f.startedDaysAgo(id, 3);

        f.asClientUserOf(client, () -> steps.submitForm(step(started, "intake").id(), step(started, "intake").version(), Map.of(
                "legal-name", List.of("PT Sinar Abadi"), "email", List.of("Budi@Sinar.test"),
                "phone", List.of("+62 21 555 0100"), "matter-type", List.of("corporate"),
                "matter-summary", List.of("Shareholder agreement"), "urgent", List.of("no"),
                "estimated-value", List.of("1500000.50"))));
        f.staff(() -> steps.runConflictCheck(step(started, "conflict-check").id(), List.of()));
        f.staff(() -> steps.decideConflict(step(started, "conflict-check").id(), ConflictDecision.CLEAR, null));
        f.staff(() -> steps.recordKyc(step(started, "kyc").id(), new KycRecord(KycMethod.IN_PERSON,
                IdentityDocumentType.NATIONAL_ID, "3171234567890001", null, null)));
        f.staff(() -> steps.markLetterSigned(step(started, "engagement-letter").id(), null));
        f.staff(() -> steps.scheduleKickoff(step(started, "kickoff").id(), new KickoffMeeting(
                LocalDate.now().plusDays(7), LocalTime.of(10, 0), 60, "Hartono Office", null, List.of("budi@sinar.test"))));
        assertThat(f.staff(() -> clients.profile(client)).status()).isEqualTo(ClientStatus.ONBOARDING);
        UUID documents = step(started, "documents").id();
        f.asClientUserOf(client, () -> steps.attachDocuments(documents, List.of(UUID.randomUUID())));
        f.asClientUserOf(client, () -> steps.completeDocumentRequest(documents));

        Checklist done = checklist(id);
        assertThat(done.onboarding().status()).isEqualTo(OnboardingStatus.COMPLETED);
        assertThat(done.onboarding().progressPercent()).isEqualTo(100);
        assertThat(done.onboarding().duration()).isGreaterThanOrEqualTo(Duration.ofDays(3))
                .isLessThan(Duration.ofDays(4));
        assertThat(done.steps()).extracting(StepView::state).containsOnly(StepState.DONE);
        assertThat(step(done, "intake").answers()).containsEntry("email", List.of("budi@sinar.test"))
                .containsEntry("matter-type", List.of("Corporate")).containsEntry("urgent", List.of("false"));
        assertThat(step(done, "intake").completedSide()).isEqualTo(StepSide.CLIENT);
        assertThat(f.staff(() -> clients.profile(client)).status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(f.staff(() -> clients.statusHistory(client))).last().extracting(StatusChangeView::changedBy)
                .isEqualTo(f.clientUserOf(client).subject());
        assertThat(events.stream(OnboardingStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.onboardingId()).isEqualTo(id));
        assertThat(events.stream(OnboardingStepCompleted.class)).hasSize(6)
                .extracting(OnboardingStepCompleted::side).last().isEqualTo(StepSide.CLIENT);
        assertThat(events.stream(OnboardingCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.tenantId()).isEqualTo(f.firms.firmA);
            assertThat(e.onboardingId()).isEqualTo(id);
            assertThat(e.clientId()).isEqualTo(client);
            assertThat(e.representativeSubject()).isEqualTo(f.firms.staffA);
            assertThat(e.duration()).isGreaterThanOrEqualTo(Duration.ofDays(3));
        });
        assertThat(f.firms.asSystem(f.firms.firmA, () -> jdbc.queryForObject(
                "select duration_seconds from onboarding where id = ?", Long.class, id))).isGreaterThanOrEqualTo(3 * 86_400L);
    }

    @Test
    void aConflictDecisionKeepsTheOnboardingFromCompletingAndAWaiverNeedsItsReason() {
        UUID template = f.publishedTemplate("Conflicts",
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM), task("task"));
        UUID client = f.newClient("Conflicted Client");
        Checklist started = f.staff(() -> onboardings.start(client, template));
        UUID conflict = step(started, "conflict").id();

        assertThatThrownBy(() -> f.staff(() -> steps.decideConflict(conflict, ConflictDecision.CLEAR, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.conflict.not-checked");
        f.staff(() -> steps.runConflictCheck(conflict, List.of("Opposing Party")));
        assertThatThrownBy(() -> f.staff(() -> steps.decideConflict(conflict, ConflictDecision.WAIVED, "  ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.conflict.reason-required");
        StepView decided = f.staff(() -> steps.decideConflict(conflict, ConflictDecision.CONFLICT, "Acts against us"));
        f.staff(() -> steps.completeTask(step(started, "task").id()));

        Checklist blocked = checklist(started.onboarding().id());
        assertThat(decided.state()).isEqualTo(StepState.IN_PROGRESS);
        assertThat(decided.conflict().decision()).isEqualTo(ConflictDecision.CONFLICT);
        assertThat(decided.conflict().decidedBy()).isEqualTo(f.firms.staffA);
        assertThat(blocked.onboarding().status()).isEqualTo(OnboardingStatus.IN_PROGRESS);
        assertThat(blocked.onboarding().blocked()).isTrue();
        assertThat(f.staff(() -> clients.profile(client)).status()).isEqualTo(ClientStatus.ONBOARDING);
        assertThat(events.stream(OnboardingCompleted.class)).isEmpty();

        StepView waived = f.staff(() -> steps.decideConflict(conflict, ConflictDecision.WAIVED, "Both parties consented"));
        assertThat(waived.state()).isEqualTo(StepState.DONE);
        assertThat(waived.conflict().reason()).isEqualTo("Both parties consented");
        assertThat(checklist(started.onboarding().id()).onboarding().status()).isEqualTo(OnboardingStatus.COMPLETED);
    }

    @Test
    void aSubmittedFormWithMissingOrWrongAnswersIsRefusedFieldByFieldAndNothingIsSaved() {
        UUID client = f.newClient("Form Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Forms", form("intake"))));
        UUID intake = step(started, "intake").id();
        long version = step(started, "intake").version();

        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.submitForm(intake, version, answers(
                "email", "not-an-email", "size", "Medium", "employees", "0", "notes", "kept?"))))
                .isInstanceOfSatisfying(FormRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("onboarding.form.invalid");
                    assertThat(e.problems()).extracting(FieldProblem::fieldKey, FieldProblem::messageKey)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("name", "onboarding.form.required"),
                                    org.assertj.core.groups.Tuple.tuple("email", "onboarding.form.email"),
                                    org.assertj.core.groups.Tuple.tuple("size", "onboarding.form.choice"),
                                    org.assertj.core.groups.Tuple.tuple("employees", "onboarding.form.min"));
                    assertThat(e.problems()).filteredOn(p -> p.fieldKey().equals("name")).singleElement()
                            .satisfies(p -> assertThat(p.arguments()).containsExactly("Name"));
                });
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.submitForm(intake, version, Map.of(
                "name", List.of("A"), "email", List.of("a@b.test"), "size", List.of("Small"),
                "surprise", List.of("x")))))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("onboarding.form.unknown-field"));

        StepView untouched = step(checklist(started.onboarding().id()), "intake");
        assertThat(untouched.state()).isEqualTo(StepState.OPEN);
        assertThat(untouched.answers()).isEmpty();
        assertThat(untouched.answersSavedAt()).isNull();
    }

    @Test
    void aClientSavesAnIncompleteDraftAndSubmitsItOnceComplete() {
        UUID client = f.newClient("Draft Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Drafts", form("intake"),
                task("after-form").after("intake"))));
        UUID intake = step(started, "intake").id();

        StepView draft = f.asClientUserOf(client, () -> steps.saveDraft(intake, step(started, "intake").version(),
                answers("name", "  Maju Jaya  ")));
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.saveDraft(intake, draft.version(), answers("unknown", "x"))))
                .isInstanceOf(FormRejected.class);
        assertThat(draft.state()).isEqualTo(StepState.IN_PROGRESS);
        assertThat(draft.answers()).isEqualTo(Map.of("name", List.of("Maju Jaya")));
        assertThat(step(checklist(started.onboarding().id()), "after-form").state()).isEqualTo(StepState.LOCKED);

        StepView submitted = f.asClientUserOf(client, () -> steps.submitForm(intake, draft.version(), answers("name", "Maju Jaya",
                "email", "info@majujaya.test", "size", "large", "employees", "120")));

        assertThat(submitted.state()).isEqualTo(StepState.DONE);
        assertThat(submitted.answers()).containsEntry("size", List.of("Large")).containsEntry("employees", List.of("120"))
                .doesNotContainKey("notes");
        assertThat(step(checklist(started.onboarding().id()), "after-form").state()).isEqualTo(StepState.OPEN);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.saveDraft(intake, submitted.version(), answers("name", "Again"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.step.already-completed");
    }

    @Test
    void aClientUserSeesOnlyTheirOwnClientsOnboardingsAndActsOnlyOnTheClientSide() {
        UUID client = f.newClient("Own Client");
        UUID other = f.newClient("Other Client");
        UUID template = f.publishedTemplate("Sides", form("intake"),
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM), task("task"));
        Checklist own = f.staff(() -> onboardings.start(client, template));
        Checklist others = f.staff(() -> onboardings.start(other, template));
        f.staff(() -> steps.runConflictCheck(step(own, "conflict").id(), List.of()));

        assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.checklist(others.onboarding().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.forClient(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.saveDraft(step(others, "intake").id(),
                step(others, "intake").version(), answers("name", "Sneaky")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.completeTask(step(own, "task").id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.begin(step(own, "task").id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.board(OnboardingFilter.all(),
                org.springframework.data.domain.Pageable.ofSize(10)))).isInstanceOf(AccessDeniedException.class);

        f.staff(() -> steps.runConflictCheck(step(own, "conflict").id(), List.of()));
        Checklist seen = f.asClientUserOf(client, () -> onboardings.checklist(own.onboarding().id()));
        assertThat(seen.onboarding().clientName()).isEqualTo("Own Client");
        assertThat(step(seen, "conflict").conflict()).as("conflict hits are the firm's business").isNull();
        assertThat(step(checklist(own.onboarding().id()), "conflict").conflict()).isNotNull();
        assertThat(f.asClientUserOf(client, () -> onboardings.forClient(client))).extracting(OnboardingSummary::id)
                .containsExactly(own.onboarding().id());
        assertThat(step(checklist(own.onboarding().id()), "task").state()).isEqualTo(StepState.OPEN);
        assertThat(step(checklist(others.onboarding().id()), "intake").answers()).isEmpty();
    }

    @Test
    void commentsOnAStepAreThreadedAndSeenByBothSides() {
        UUID client = f.newClient("Talkative Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Comments", form("intake"),
                task("task"))));
        UUID intake = step(started, "intake").id();

        CommentView question = f.asClientUserOf(client, () -> onboardings.comment(intake, null, "Which address?"));
        CommentView answer = f.staff(() -> onboardings.comment(intake, question.id(), "The registered one."));

        assertThat(f.asClientUserOf(client, () -> onboardings.comments(intake))).containsExactly(question, answer);
        assertThat(answer.parentId()).isEqualTo(question.id());
        assertThat(question.authorSide()).isEqualTo(StepSide.CLIENT);
        assertThat(answer.authorSide()).isEqualTo(StepSide.FIRM);
        assertThat(answer.authorSubject()).isEqualTo(f.firms.staffA);
        assertThat(step(checklist(started.onboarding().id()), "intake").commentCount()).isEqualTo(2);
        assertThat(events.stream(StepCommented.class)).extracting(StepCommented::authorSide)
                .containsExactly(StepSide.CLIENT, StepSide.FIRM);
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comment(step(started, "task").id(), null,
                "May I?"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.staff(() -> onboardings.comment(step(started, "task").id(), question.id(), "Wrong")))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.comment.parent.not-found");
    }

    /** An onboarding of a new client with a client form, then the firm's conflict check and KYC. */
    Checklist discreet(UUID client) {
        return f.staff(() -> onboardings.start(client, f.publishedTemplate("Discreet " + UUID.randomUUID(),
                StepDefinition.of("intake", "Intake", StepType.INTAKE_FORM, StepSide.CLIENT)
                        .withFields(FormField.of("name", "Name", FieldType.TEXT, true)),
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM),
                StepDefinition.of("kyc", "Identity", StepType.KYC, StepSide.FIRM))));
    }

    @Test
    void commentsOnTheFirmsOwnStepsAreInternalAndAClientUserCanNeitherReadNorWriteThem() {
        UUID client = f.newClient("Discreet Client");
        Checklist started = discreet(client);
        CommentView onConflict = f.staff(() -> onboardings.comment(step(started, "conflict").id(), null,
                "The director appears in the Sentosa matter.", false));
        CommentView onKyc = f.staff(() -> onboardings.comment(step(started, "kyc").id(), null,
                "Passport looks altered.", false));

        assertThat(onConflict.internal()).as("internal whatever staff asked").isTrue();
        assertThat(onKyc.internal()).isTrue();
        for (String key : new String[] {"conflict", "kyc"}) {
            assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comments(step(started, key).id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.asClientUserOf(client, () -> onboardings.comment(step(started, key).id(), null,
                    "Why?"))).isInstanceOf(AccessDeniedException.class);
            assertThat(f.asClientUserOf(client, () -> onboardings.step(step(started, key).id())).commentCount())
                    .isZero();
            assertThat(step(f.asClientUserOf(client, () -> onboardings.checklist(started.onboarding().id())), key)
                    .commentCount()).isZero();
        }
        assertThat(f.staff(() -> onboardings.comments(step(started, "conflict").id()))).containsExactly(onConflict);
        assertThat(step(f.staff(() -> onboardings.checklist(started.onboarding().id())), "kyc").commentCount())
                .isEqualTo(1);
    }

    @Test
    void onAClientStepStaffChooseInternalOrSharedAndTheClientReadsOnlyWhatIsShared() {
        UUID client = f.newClient("Discreet Client");
        Checklist started = discreet(client);
        UUID intake = step(started, "intake").id();
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
    void aChecklistReadsTheLatestCommentsOfEveryStepInOneGoAndEachReaderOnlyWhatTheyMayRead() {
        UUID client = f.newClient("Chatty Client");
        Checklist started = discreet(client);
        UUID onboarding = started.onboarding().id();
        UUID intake = step(started, "intake").id();
        UUID conflict = step(started, "conflict").id();
        CommentView first = f.staff(() -> onboardings.comment(intake, null, "First."));
        CommentView note = f.staff(() -> onboardings.comment(intake, null, "Internal note.", true));
        CommentView second = f.asClientUserOf(client, () -> onboardings.comment(intake, first.id(), "Second."));
        CommentView third = f.staff(() -> onboardings.comment(intake, null, "Third."));
        CommentView onConflict = f.staff(() -> onboardings.comment(conflict, null, "Sentosa matter."));

        Map<UUID, List<CommentView>> staffSees = f.staff(() -> onboardings.latestComments(onboarding, 3));
        assertThat(staffSees.get(intake)).as("the newest three, oldest first").containsExactly(note, second, third);
        assertThat(staffSees.get(conflict)).containsExactly(onConflict);
        assertThat(staffSees).doesNotContainKey(step(started, "kyc").id());
        assertThat(f.staff(() -> onboardings.latestComments(onboarding, 10)).get(intake))
                .isEqualTo(f.staff(() -> onboardings.comments(intake)));

        Map<UUID, List<CommentView>> clientSees = f.asClientUserOf(client, () -> onboardings.latestComments(onboarding, 2));
        assertThat(clientSees.get(intake)).as("shared comments only").containsExactly(second, third);
        assertThat(clientSees).as("the firm's steps are the firm's").doesNotContainKey(conflict);
        assertThatThrownBy(() -> f.asClientUserOf(f.newClient("Other Client"),
                () -> onboardings.latestComments(onboarding, 2))).isInstanceOfAny(AccessDeniedException.class,
                DomainException.class);
        assertThatThrownBy(() -> f.staff(() -> onboardings.latestComments(onboarding, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientUsersSaveOfTheirFormReturnsOnlyTheSharedCommentCount() {
        UUID client = f.newClient("Discreet Client");
        Checklist started = discreet(client);
        UUID intake = step(started, "intake").id();
        f.staff(() -> onboardings.comment(intake, null, "Internal only.", true));

        StepView saved = f.asClientUserOf(client, () -> steps.saveDraft(intake, step(started, "intake").version(),
                answers("name", "PT Discreet")));

        assertThat(saved.commentCount()).isZero();
    }

    @Test
    void aDocumentRequestIsDoneOnceADocumentIsAttachedAndTakesNoMoreThanItsFiles() {
        UUID client = f.newClient("Document Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Docs",
                StepDefinition.of("docs", "Deeds", StepType.DOCUMENT_REQUEST, StepSide.CLIENT)
                        .withDocuments(new DocumentRequirements("Deeds", List.of(".PDF"), 5, 2)))));
        UUID docs = step(started, "docs").id();

        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.completeDocumentRequest(docs)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.documents.none");
        UUID first = UUID.randomUUID();
        f.asClientUserOf(client, () -> steps.attachDocuments(docs, List.of(first, first)));
        assertThatThrownBy(() -> f.asClientUserOf(client, () -> steps.attachDocuments(docs,
                List.of(UUID.randomUUID(), UUID.randomUUID())))).isInstanceOf(DomainException.class)
                .hasMessageContaining("onboarding.documents.too-many");
        StepView done = f.asClientUserOf(client, () -> steps.completeDocumentRequest(docs));

        assertThat(done.documentIds()).containsExactly(first);
        assertThat(done.documents().acceptedTypes()).containsExactly("pdf");
        assertThat(done.state()).isEqualTo(StepState.DONE);
    }

    @Test
    void onlyOptionalStepsMayBeSkippedAndSkippingOpensWhatWaitedForThem() {
        UUID client = f.newClient("Skipping Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Skips", task("must"),
                task("maybe").optional(), task("later").after("maybe"))));

        assertThatThrownBy(() -> f.staff(() -> steps.skip(step(started, "must").id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.step.required");
        StepView skipped = f.staff(() -> steps.skip(step(started, "maybe").id(), "Not needed"));

        assertThat(skipped.state()).isEqualTo(StepState.SKIPPED);
        assertThat(skipped.skipReason()).isEqualTo("Not needed");
        assertThat(step(checklist(started.onboarding().id()), "later").state()).isEqualTo(StepState.OPEN);
    }

    @Test
    void kycIsRecordedWithItsVerifierAndNeverDatedInTheFuture() {
        UUID client = f.newClient("KYC Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("KYC",
                StepDefinition.of("kyc", "KYC", StepType.KYC, StepSide.FIRM))));
        UUID kyc = step(started, "kyc").id();
        UUID scan = UUID.randomUUID();

        assertThatThrownBy(() -> f.staff(() -> steps.recordKyc(kyc, new KycRecord(KycMethod.VIDEO_CALL,
                IdentityDocumentType.PASSPORT, "X1234567", LocalDate.now().plusDays(5), null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.kyc.future-date");
        StepView recorded = f.staff(() -> steps.recordKyc(kyc, new KycRecord(KycMethod.VIDEO_CALL,
                IdentityDocumentType.PASSPORT, " X1234567 ", LocalDate.now().minusDays(1), null)));
        assertThat(checklist(started.onboarding().id()).onboarding().status()).isEqualTo(OnboardingStatus.COMPLETED);
        StepView linkedLater = f.staff(() -> steps.linkKycDocument(kyc, scan));

        assertThat(recorded.kyc()).isEqualTo(new KycView(KycMethod.VIDEO_CALL, IdentityDocumentType.PASSPORT, "X1234567",
                f.firms.staffA, LocalDate.now().minusDays(1), null));
        assertThat(recorded.state()).isEqualTo(StepState.DONE);
        assertThat(linkedLater.kyc().documentId()).isEqualTo(scan);
        assertThat(f.asClientUserOf(client, () -> onboardings.step(kyc)).kyc()).isNull();
    }

    @Test
    void aClientRunsOneOnboardingPerTemplateAtATimeAndACancelledOneStops() {
        UUID client = f.newClient("Twice Client");
        UUID template = f.publishedTemplate("Once", task("a"));
        Checklist first = f.staff(() -> onboardings.start(client, template));

        assertThatThrownBy(() -> f.staff(() -> onboardings.start(client, template)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.already-running");
        OnboardingSummary cancelled = f.staff(() -> onboardings.cancel(first.onboarding().id(), "Client withdrew"));
        assertThatThrownBy(() -> f.staff(() -> steps.completeTask(step(first, "a").id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.closed");
        Checklist second = f.staff(() -> onboardings.start(client, template));

        assertThat(cancelled.status()).isEqualTo(OnboardingStatus.CANCELLED);
        assertThat(f.staff(() -> onboardings.forClient(client))).extracting(OnboardingSummary::id)
                .containsExactlyInAnyOrder(first.onboarding().id(), second.onboarding().id());
    }

    @Test
    void onboardingsOfAMergedDuplicateClientFollowTheSurvivor() {
        UUID survivor = f.newClient("Survivor Client");
        UUID duplicate = f.newClient("Survivor Client Duplicate");
        UUID template = f.publishedTemplate("Merging", task("a"));
        UUID other = f.publishedTemplate("Merging other", task("a"));
        Checklist survivors = f.staff(() -> onboardings.start(survivor, template));
        Checklist sameTemplate = f.staff(() -> onboardings.start(duplicate, template));
        Checklist otherTemplate = f.staff(() -> onboardings.start(duplicate, other));

        f.admin(() -> clientMerges.merge(survivor, duplicate));

        assertThat(f.staff(() -> onboardings.forClient(survivor)))
                .extracting(OnboardingSummary::id, OnboardingSummary::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(survivors.onboarding().id(), OnboardingStatus.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(sameTemplate.onboarding().id(), OnboardingStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple(otherTemplate.onboarding().id(), OnboardingStatus.IN_PROGRESS));
    }

    @Test
    void anotherFirmCannotReachTheOnboardingOrItsSteps() {
        UUID client = f.newClient("Private Client");
        Checklist started = f.staff(() -> onboardings.start(client, f.publishedTemplate("Private", task("a"))));

        assertThatThrownBy(() -> f.firms.as(f.firms.adminOfB(), () -> onboardings.checklist(started.onboarding().id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.not-found");
        assertThatThrownBy(() -> f.firms.as(f.firms.adminOfB(), () -> steps.completeTask(step(started, "a").id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.step.not-found");
        assertThatThrownBy(() -> f.firms.as(f.firms.adminOfB(), () -> onboardings.start(client, f.lawTemplate())))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.not-found");
        assertThat(f.firms.as(f.firms.adminOfB(), () -> onboardings.board(OnboardingFilter.all(),
                org.springframework.data.domain.Pageable.ofSize(50)).getContent())).isEmpty();
        assertThat(step(checklist(started.onboarding().id()), "a").state()).isEqualTo(StepState.OPEN);
    }
}
