package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.answers;
import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.clients.ClientContacts;
import io.klien.notifications.CapturingMailSender;
import io.klien.notifications.CapturingMailSender.Sent;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationTestBeans;
import io.klien.notifications.NotificationView;
import io.klien.notifications.Notifications;
import io.klien.notifications.ReminderRun;
import io.klien.notifications.ReminderRunSummary;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What an onboarding tells each side, in the app and by email, and the reminders of steps due. */
@SpringBootTest
@Import(NotificationTestBeans.class)
class OnboardingNoticesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired Notifications notifications;
    @Autowired ReminderRun reminders;
    @Autowired CapturingMailSender mail;

    OnboardingFixture f;
    TwoFirms firms;
    UUID client;
    /** The client's representative: firm A's admin (firm A's staff member starts the onboardings). */
    String representative;
    String portalUser;

    @BeforeEach
    void aClientWithARepresentativeAndAPortalUser() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        f = new OnboardingFixture(firms, clients, templates, jdbc);
        mail.failing(false);
        client = f.newClient("PT Notices " + UUID.randomUUID().toString().substring(0, 8));
        representative = firms.adminA;
        f.staff(() -> clientContacts.assignRepresentative(client, representative));
        portalUser = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(portalUser, portalUser + "@client.test",
                "Budi Santoso", FirmRole.CLIENT, client, MembershipStatus.ACTIVE)));
    }

    static StepDefinition intake() {
        return StepDefinition.of("intake", "Intake form", StepType.INTAKE_FORM, StepSide.CLIENT)
                .withFields(FormField.of("name", "Name", FieldType.TEXT, true));
    }

    static StepDefinition task(String key) {
        return StepDefinition.of(key, "Task " + key, StepType.INTERNAL_TASK, StepSide.FIRM);
    }

    Checklist start(StepDefinition... definitions) {
        UUID template = f.publishedTemplate("Notices " + UUID.randomUUID(), definitions);
        return f.staff(() -> onboardings.start(client, template));
    }

    Scope portalScope() {
        return Scope.member(firms.firmA, portalUser, "CLIENT", client, false);
    }

    List<NotificationView> notificationsOf(Scope person) {
        return firms.as(person, () -> notifications.recent(PageRequest.of(0, 50), Locale.ENGLISH).getContent());
    }

    List<NotificationView> notificationsOf(String staffSubject) {
        return notificationsOf(Scope.member(firms.firmA, staffSubject, "STAFF", null, false));
    }

    static List<NotificationView> ofKind(List<NotificationView> all, NotificationKind kind) {
        return all.stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void startingTellsTheAssigneesOfOpenFirmStepsAndThePortalUsersButNotAboutLockedSteps() {
        Checklist started = start(task("open-named").assignedTo(null, firms.staffA),
                task("open-representative").assignedTo(AssigneeRole.REPRESENTATIVE, null),
                task("locked").after("open-named").assignedTo(null, firms.staffA));
        String staffLink = "onboarding/" + started.onboarding().id();

        assertThat(ofKind(notificationsOf(firms.staffA), NotificationKind.STEP_ASSIGNED)).singleElement()
                .satisfies(n -> {
                    assertThat(n.text()).startsWith("You have a new step: \"Task open-named\" for PT Notices");
                    assertThat(n.link()).isEqualTo(staffLink);
                    assertThat(n.read()).isFalse();
                });
        assertThat(ofKind(notificationsOf(representative), NotificationKind.STEP_ASSIGNED))
                .extracting(NotificationView::text).singleElement().asString().contains("Task open-representative");
        assertThat(notificationsOf(portalScope())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.INVITATION);
            assertThat(n.text()).startsWith("Firm A").contains("started your onboarding \"Notices ");
            assertThat(n.link()).isEqualTo("portal/onboarding/" + started.onboarding().id());
        });
        assertThat(mail.sentTo(portalUser + "@client.test")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("portal/onboarding/" + started.onboarding().id()));
    }

    @Test
    void theClientSubmittingTheIntakeFormLeavesTheRepresentativeAnUnreadStepCompletedAndAssignsWhatItOpened() {
        Checklist started = start(intake(), task("review").after("intake"));
        UUID intake = step(started, "intake").id();

        firms.as(portalScope(), () -> steps.submitForm(intake, step(started, "intake").version(),
                answers("name", "Budi Santoso")));

        List<NotificationView> ofRepresentative = notificationsOf(representative);
        assertThat(ofKind(ofRepresentative, NotificationKind.STEP_COMPLETED)).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Budi Santoso completed \"Intake form\" for "
                    + started.onboarding().clientName() + ".");
            assertThat(n.link()).isEqualTo("onboarding/" + started.onboarding().id());
            assertThat(n.read()).isFalse();
        });
        assertThat(ofKind(ofRepresentative, NotificationKind.STEP_ASSIGNED)).extracting(NotificationView::text)
                .singleElement().asString().contains("\"Task review\"");
        assertThat(firms.as(Scope.member(firms.firmA, representative, "TENANT_ADMIN", null, false),
                notifications::unreadCount)).isEqualTo(2);
        assertThat(mail.sentTo(representative + "@a.test")).extracting(Sent::subject)
                .anySatisfy(s -> assertThat(s).endsWith("Budi Santoso completed \"Intake form\" for "
                        + started.onboarding().clientName() + "."));
        assertThat(ofKind(notificationsOf(portalScope()), NotificationKind.STEP_COMPLETED))
                .as("the client is not told of its own work").isEmpty();
    }

    @Test
    void commentsGoToTheOtherSide() {
        Checklist started = start(intake(), task("review"));
        UUID intake = step(started, "intake").id();

        f.staff(() -> onboardings.comment(intake, null, "Please add your tax number."));
        firms.as(portalScope(), () -> onboardings.comment(intake, null, "Done, see the form."));

        assertThat(ofKind(notificationsOf(portalScope()), NotificationKind.COMMENT)).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Staff A commented on \"Intake form\".");
            assertThat(n.link()).isEqualTo("portal/onboarding/" + started.onboarding().id());
        });
        assertThat(ofKind(notificationsOf(representative), NotificationKind.COMMENT)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Budi Santoso commented on \"Intake form\"."));
        assertThat(ofKind(notificationsOf(firms.staffA), NotificationKind.COMMENT))
                .as("the commenting staff member is not told of their own comment").isEmpty();
    }

    @Test
    void withoutARepresentativeTheClientsFormAndQuestionGoToTheAccountTeamAndStartingWarns() {
        String teamMember = staffMember("Tara Team");
        f.staff(() -> clientContacts.assignRepresentative(client, null));
        f.staff(() -> clientContacts.addToAccountTeam(client, teamMember));

        Checklist started = start(intake(), task("review"));
        clientSubmitsTheIntakeAndAsks(started);

        assertThat(started.warnings()).containsExactly(Checklist.NO_REPRESENTATIVE_BUT_TEAM);
        assertThat(ofKind(notificationsOf(teamMember), NotificationKind.STEP_COMPLETED)).singleElement()
                .satisfies(n -> assertThat(n.text()).startsWith("Budi Santoso completed \"Intake form\""));
        assertThat(ofKind(notificationsOf(teamMember), NotificationKind.COMMENT)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Budi Santoso commented on \"Intake form\"."));
        assertThat(notificationsOf(firms.staffA)).as("the team answers, not whoever started the onboarding")
                .noneMatch(n -> n.kind() == NotificationKind.STEP_COMPLETED || n.kind() == NotificationKind.COMMENT);
        assertThat(notificationsOf(representative)).as("the former representative")
                .noneMatch(n -> n.kind() == NotificationKind.STEP_COMPLETED || n.kind() == NotificationKind.COMMENT);
    }

    @Test
    void withoutARepresentativeOrTeamTheClientsActivityGoesToWhoeverFollowsTheOnboarding() {
        f.staff(() -> clientContacts.assignRepresentative(client, null));

        Checklist started = start(intake(), task("review"));
        clientSubmitsTheIntakeAndAsks(started);

        assertThat(started.warnings()).containsExactly(Checklist.NO_REPRESENTATIVE);
        assertThat(ofKind(notificationsOf(firms.staffA), NotificationKind.STEP_COMPLETED)).hasSize(1);
        assertThat(ofKind(notificationsOf(firms.staffA), NotificationKind.COMMENT)).hasSize(1);
        assertThat(notificationsOf(firms.adminA)).as("an admin who does not follow it")
                .noneMatch(n -> n.kind() == NotificationKind.STEP_COMPLETED || n.kind() == NotificationKind.COMMENT);
    }

    @Test
    void anOnboardingNobodyFollowsSendsTheClientsActivityToTheFirmsStaffAndAdmins() {
        f.staff(() -> clientContacts.assignRepresentative(client, null));
        UUID template = f.publishedTemplate("Notices " + UUID.randomUUID(), intake(), task("review"));

        Checklist started = firms.asSystem(firms.firmA, () -> onboardings.start(client, template));
        clientSubmitsTheIntakeAndAsks(started);

        assertThat(started.onboarding().representativeSubject()).as("started by the system").isNull();
        for (String staff : List.of(firms.staffA, firms.adminA)) {
            assertThat(ofKind(notificationsOf(staff), NotificationKind.STEP_COMPLETED)).as(staff).hasSize(1);
            assertThat(ofKind(notificationsOf(staff), NotificationKind.COMMENT)).as(staff).hasSize(1);
        }
        assertThat(ofKind(notificationsOf(firms.adminB), NotificationKind.STEP_COMPLETED)).as("another firm's admin")
                .isEmpty();
    }

    @Test
    void startingForAClientWithARepresentativeWarnsOfNothing() {
        assertThat(start(intake()).warnings()).isEmpty();
    }

    /** A new active staff member of firm A. */
    String staffMember(String name) {
        String subject = "staff-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@a.test", name, FirmRole.STAFF,
                null, MembershipStatus.ACTIVE)));
        return subject;
    }

    /** The portal user submits the intake form and asks a question on it. */
    void clientSubmitsTheIntakeAndAsks(Checklist started) {
        UUID intake = step(started, "intake").id();
        firms.as(portalScope(), () -> steps.submitForm(intake, step(started, "intake").version(),
                answers("name", "Budi Santoso")));
        firms.as(portalScope(), () -> onboardings.comment(intake, null, "Is the tax number needed as well?"));
    }

    @Test
    void anInternalNoteOfTheFirmOnAClientStepTellsTheClientNothing() {
        Checklist started = start(intake(), StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK,
                StepSide.FIRM));
        UUID intake = step(started, "intake").id();

        f.staff(() -> onboardings.comment(intake, null, "Their director is on our adverse list.", true));
        f.staff(() -> onboardings.comment(step(started, "conflict").id(), null, "Hit on the director, checking.", false));
        f.staff(() -> onboardings.comment(intake, null, "Please add your tax number.", false));

        assertThat(ofKind(notificationsOf(portalScope()), NotificationKind.COMMENT))
                .as("only the shared comment is announced to the client").singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Staff A commented on \"Intake form\"."));
    }

    @Test
    void theFirmCompletingAStepTellsThePortalUsersButAnInternalTaskStaysInternal() {
        Checklist started = start(StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER,
                StepSide.FIRM), task("internal"), intake().after("letter"));

        f.staff(() -> steps.markLetterSigned(step(started, "letter").id(), null));
        f.staff(() -> steps.completeTask(step(started, "internal").id()));

        List<NotificationView> ofClient = notificationsOf(portalScope());
        assertThat(ofKind(ofClient, NotificationKind.STEP_COMPLETED)).extracting(NotificationView::text)
                .singleElement().asString().startsWith("Firm A").endsWith("completed \"Engagement letter\".");
        assertThat(ofKind(ofClient, NotificationKind.STEP_ASSIGNED)).extracting(NotificationView::text)
                .containsExactly("\"Intake form\" is ready for you.");
    }

    @Test
    void completionTellsTheRepresentativeHowManyDaysItTook() {
        Checklist started = start(task("only"));
        f.startedDaysAgo(started.onboarding().id(), 3);

        f.staff(() -> steps.completeTask(step(started, "only").id()));

        assertThat(ofKind(notificationsOf(representative), NotificationKind.ONBOARDING_COMPLETED)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Onboarding of " + started.onboarding().clientName()
                        + " is complete after 3 days."));
    }

    @Test
    void aStepDueTomorrowIsRemindedOnceADayToWhoeverDoesIt() {
        Checklist started = start(intake().dueAfterDays(1), task("review").dueAfterDays(1),
                task("later").dueAfterDays(5));

        ReminderRunSummary first = reminders.sendReminders(List.of(firms.firmA));
        ReminderRunSummary second = reminders.sendReminders(List.of(firms.firmA));

        assertThat(first).isEqualTo(new ReminderRunSummary(1, 2, 0, 0));
        assertThat(second).isEqualTo(new ReminderRunSummary(1, 0, 2, 0));
        assertThat(ofKind(notificationsOf(representative), NotificationKind.DUE_TOMORROW)).singleElement()
                .satisfies(n -> {
                    assertThat(n.text()).isEqualTo("\"Task review\" for " + started.onboarding().clientName()
                            + " is due tomorrow.");
                    assertThat(n.link()).isEqualTo("onboarding/" + started.onboarding().id());
                });
        assertThat(ofKind(notificationsOf(portalScope()), NotificationKind.DUE_TOMORROW)).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("portal/onboarding/" + started.onboarding().id()));
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from notification where dedupe_key = ?", Long.class,
                "due-tomorrow:" + step(started, "review").id() + ":" + started.onboarding().startDate())))
                .isEqualTo(1);
    }

    @Test
    void anOverdueStepIsRemindedWithItsDueDateButADoneOneIsNot() {
        Checklist started = start(task("late").assignedTo(null, firms.staffA).dueAfterDays(1),
                task("done").dueAfterDays(1));
        f.staff(() -> steps.completeTask(step(started, "done").id()));
        f.startedDaysAgo(started.onboarding().id(), 4);
        LocalDate dueOn = started.onboarding().startDate().minusDays(3);

        ReminderRunSummary summary = reminders.sendReminders(List.of(firms.firmA));

        assertThat(summary.recorded()).isEqualTo(1);
        assertThat(ofKind(notificationsOf(firms.staffA), NotificationKind.OVERDUE)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("\"Task late\" for "
                        + started.onboarding().clientName() + " is overdue: it was due on "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                                .format(dueOn) + "."));
        assertThat(ofKind(notificationsOf(representative), NotificationKind.OVERDUE)).isEmpty();
    }

    @Test
    void aReminderRunForOneFirmSeesNothingOfAnother() {
        start(intake().dueAfterDays(1), task("review").dueAfterDays(1));

        ReminderRunSummary inB = reminders.sendReminders(List.of(firms.firmB));
        ReminderRunSummary inA = reminders.sendReminders(List.of(firms.firmA));

        assertThat(inB).isEqualTo(new ReminderRunSummary(1, 0, 0, 0));
        assertThat(inA.recorded()).as("firm A's own run finds the steps B could not see").isEqualTo(2);
        assertThat(firms.asSystem(firms.firmB, () -> jdbc.queryForObject(
                "select count(*) from notification where kind in ('DUE_TOMORROW', 'OVERDUE')", Long.class)))
                .isZero();
    }

    @Test
    void schedulingAKickoffMailsEachAttendeeTheCalendarInvitationAndMovingItMailsTheUpdate() {
        Checklist started = start(StepDefinition.of("kickoff", "Kickoff meeting", StepType.KICKOFF_MEETING,
                StepSide.FIRM), task("later"));
        UUID kickoff = step(started, "kickoff").id();
        String slug = UUID.randomUUID().toString().substring(0, 8);
        String budi = "budi-" + slug + "@maju.test";
        String sari = "sari-" + slug + "@maju.test";
        KickoffMeeting meeting = new KickoffMeeting(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), 60,
                "Menara Hartono", null, List.of(budi, sari));

        f.staff(() -> steps.scheduleKickoff(kickoff, meeting));

        for (String attendee : List.of(budi, sari)) {
            assertThat(mail.sentTo(attendee)).singleElement().satisfies(m -> {
                assertThat(m.subject()).contains("Firm A").contains(started.onboarding().clientName())
                        .contains("Kickoff meeting");
                assertThat(m.body()).contains("mailto:" + attendee, "SEQUENCE:0", "method=REQUEST",
                        "disposition=attachment", "Where: Menara Hartono");
                assertThat(m.body().split("BEGIN:VEVENT", -1)).as("inline and attached").hasSize(3);
                assertThat(m.body().split("--- text/calendar", -1)).hasSize(3);
            });
        }

        f.staff(() -> steps.scheduleKickoff(kickoff, new KickoffMeeting(LocalDate.of(2026, 12, 2),
                LocalTime.of(10, 0), 60, "Menara Hartono", null, List.of(budi))));

        assertThat(mail.sentTo(budi)).hasSize(2).last().satisfies(m -> {
            assertThat(m.subject()).contains("moved to");
            assertThat(m.body()).contains("SEQUENCE:1", "DTSTART:20261202T100000Z");
        });
        assertThat(mail.sentTo(sari)).as("no longer invited").hasSize(1);
    }

    @Test
    void aKickoffInvitationThatCannotBeMailedLeavesTheMeetingScheduled() {
        Checklist started = start(StepDefinition.of("kickoff", "Kickoff meeting", StepType.KICKOFF_MEETING,
                StepSide.FIRM));
        String attendee = "down-" + UUID.randomUUID() + "@maju.test";
        mail.failing(true);
        try {
            StepView scheduled = f.staff(() -> steps.scheduleKickoff(step(started, "kickoff").id(),
                    new KickoffMeeting(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), 60, null,
                            "https://meet.example.test/x", List.of(attendee))));

            assertThat(scheduled.state()).isEqualTo(StepState.DONE);
            assertThat(f.staff(() -> onboardings.step(scheduled.id())).kickoff()).isNotNull();
        } finally {
            mail.failing(false);
        }
        assertThat(mail.sentTo(attendee)).isEmpty();
    }
}
