package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.notifications.CapturingMailSender;
import io.klien.notifications.NotificationTestBeans;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.events.OutstandingEvents;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status updates: the team posts, the client's users read (never the internal note) and reply, followers get each
 * update by mail once, someone who unfollowed gets none, and another client's user finds nothing.
 */
@SpringBootTest
@Import(NotificationTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectUpdatesTests {

    @Autowired Projects projects;
    @Autowired ProjectUpdates updates;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired CapturingMailSender mail;
    @Autowired OutstandingEvents outstanding;
    @Autowired EntityManagerFactory emf;

    TwoFirms firms;
    String follower = "client-a1-" + UUID.randomUUID();
    String quitter = "client-a1-" + UUID.randomUUID();
    String otherClient = "client-a2-" + UUID.randomUUID();
    String outsider = "staff-a-" + UUID.randomUUID();

    @BeforeAll
    void twoFirmsWithClientUsers() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        add(follower, "Budi Follower", FirmRole.CLIENT, firms.clientA1);
        add(quitter, "Sari Quitter", FirmRole.CLIENT, firms.clientA1);
        add(otherClient, "Other Client", FirmRole.CLIENT, firms.clientA2);
        add(outsider, "Staff Not On The Team", FirmRole.STAFF, null);
    }

    private void add(String subject, String name, FirmRole role, UUID clientId) {
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, email(subject), name, role, clientId,
                MembershipStatus.ACTIVE)));
    }

    private static String email(String subject) {
        return subject + "@a.test";
    }

    private Scope client(String subject, UUID clientId) {
        return Scope.member(firms.firmA, subject, "CLIENT", clientId, false);
    }

    private ProjectView project() {
        return firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1, ProjectKind.MATTER,
                "Merger " + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(2027, 1, 1), null, null)));
    }

    @Test
    void theTeamPostsTheClientReadsWithoutTheInternalNoteAndRepliesInTheThread() {
        ProjectView project = project();
        ProjectUpdateView posted = firms.as(firms.staffOfA(), () -> updates.post(project.id(), new NewProjectUpdate(
                "Reviewed 40 contracts", "Draft the memo", "Two contracts are missing",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), "Partner wants to bill extra")));
        firms.as(firms.staffOfA(), () -> updates.post(project.id(), NewProjectUpdate.of("Memo drafted", null, null)));

        List<ProjectUpdateView> seenByClient = firms.as(client(follower, firms.clientA1),
                () -> updates.list(project.id(), PageRequest.of(0, 10)));
        assertThat(seenByClient).extracting(ProjectUpdateView::done)
                .as("newest first").containsExactly("Memo drafted", "Reviewed 40 contracts");
        assertThat(seenByClient).allSatisfy(u -> {
            assertThat(u.internalNote()).isNull();
            assertThat(u.authorSubject()).isNull();
            assertThat(u.authorName()).isEqualTo("Staff A");
        });
        assertThat(firms.as(firms.staffOfA(), () -> updates.list(project.id(), PageRequest.of(1, 1))))
                .singleElement().satisfies(u -> {
                    assertThat(u.internalNote()).isEqualTo("Partner wants to bill extra");
                    assertThat(u.periodTo()).isEqualTo(LocalDate.of(2027, 1, 31));
                });

        firms.as(client(follower, firms.clientA1), () -> updates.reply(posted.id(), "Which two are missing?"));
        firms.as(firms.staffOfA(), () -> updates.reply(posted.id(), "The leases; we asked your legal team."));

        assertThat(firms.as(client(follower, firms.clientA1), () -> updates.replies(posted.id())))
                .extracting(ProjectUpdateReplyView::authorName, ProjectUpdateReplyView::fromClient,
                        ProjectUpdateReplyView::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Budi Follower", true, "Which two are missing?"),
                        org.assertj.core.groups.Tuple.tuple("Staff A", false, "The leases; we asked your legal team."));
        assertThat(firms.as(firms.staffOfA(), () -> updates.list(project.id(), PageRequest.of(1, 1))))
                .singleElement().satisfies(u -> assertThat(u.replies()).isEqualTo(2));
    }

    @Test
    void aClientUserOfAnotherClientFindsNothingAndNoClientOrOutsiderPosts() {
        ProjectView project = project();
        ProjectUpdateView posted = firms.as(firms.staffOfA(), () -> updates.post(project.id(),
                NewProjectUpdate.of("Kick-off held", null, null)));

        assertThatThrownBy(() -> firms.as(client(otherClient, firms.clientA2),
                () -> updates.list(project.id(), PageRequest.of(0, 10))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(client(otherClient, firms.clientA2), () -> updates.replies(posted.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.update.not-found[");
        assertThatThrownBy(() -> firms.as(client(otherClient, firms.clientA2),
                () -> updates.reply(posted.id(), "Let me in")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.update.not-found[");
        assertThatThrownBy(() -> firms.as(client(follower, firms.clientA1),
                () -> updates.post(project.id(), NewProjectUpdate.of("Clients cannot post", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(Scope.member(firms.firmA, outsider, "STAFF", null, false),
                () -> updates.post(project.id(), NewProjectUpdate.of("Not my project", null, null))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.team-only[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> updates.post(project.id(),
                NewProjectUpdate.of("  ", null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("done"));
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> updates.replies(posted.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.update.not-found[");
        assertThat(firms.as(firms.staffOfA(), () -> updates.list(project.id(), PageRequest.of(0, 10)))).hasSize(1);
    }

    @Test
    void followersGetEachUpdateByMailOnceAndWhoUnfollowedGetsNone() throws InterruptedException {
        ProjectView project = project();
        assertThat(firms.as(client(quitter, firms.clientA1), () -> updates.following(project.id())))
                .as("every client user follows by default").isTrue();
        firms.as(client(quitter, firms.clientA1), () -> {
            updates.unfollow(project.id());
            return null;
        });
        assertThat(firms.as(client(quitter, firms.clientA1), () -> updates.following(project.id()))).isFalse();

        firms.as(firms.staffOfA(), () -> updates.post(project.id(), new NewProjectUpdate("Filed the application",
                "Wait for the ministry", null, null, null, "Secret internal remark")));

        List<CapturingMailSender.Sent> toFollower = awaitMails(email(follower), 1);
        assertThat(toFollower).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Update on \"" + project.title() + "\" from " + firmName());
            assertThat(m.body()).startsWith("Hello Budi Follower,").contains("Filed the application")
                    .contains("Wait for the ministry").doesNotContain("Secret internal remark");
        });
        Thread.sleep(500);
        assertThat(mail.sentTo(email(follower))).as("once").hasSize(1);
        assertThat(mail.sentTo(email(quitter))).as("unfollowed").isEmpty();
        assertThat(mail.sentTo(email(otherClient))).as("another client's user").isEmpty();

        firms.as(client(quitter, firms.clientA1), () -> {
            updates.follow(project.id());
            return null;
        });
        firms.as(firms.staffOfA(), () -> updates.post(project.id(), NewProjectUpdate.of("Approved", null, null)));
        assertThat(awaitMails(email(quitter), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Approved"));
        assertThat(awaitMails(email(follower), 2)).hasSize(2);
    }

    @Test
    void anUpdateMailThatFailsIsDeliveredOnceToEachFollowerOnResubmission() {
        ProjectView project = project();
        mail.failing(true);
        ProjectUpdateView posted;
        try {
            posted = firms.as(firms.staffOfA(), () -> updates.post(project.id(),
                    NewProjectUpdate.of("Signed the lease", null, null)));
            assertThat(about(follower, project)).as("the mail server is down").isEmpty();
        } finally {
            mail.failing(false);
        }

        outstanding.resubmitOlderThan(Duration.ZERO, p -> p.getEvent() instanceof ProjectUpdatePosted e
                && e.updateId().equals(posted.id()));
        outstanding.resubmitOlderThan(Duration.ZERO, p -> p.getEvent() instanceof ProjectUpdatePosted e
                && e.updateId().equals(posted.id()));

        assertThat(about(follower, project)).hasSize(1);
        assertThat(about(quitter, project)).as("a new project is followed by every client user").hasSize(1);
    }

    @Test
    void theMailIsInTheFirmsLanguage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm("kantor-" + suffix,
                "Kantor Hukum " + suffix, TenantKind.LAW_FIRM, "id", "Asia/Jakarta")).id());
        String staff = "staf-" + suffix;
        String reader = "klien-" + suffix;
        UUID client = TenantContext.callIn(Scope.system(firm), () -> tx.execute(status -> {
            UUID made = clients.create("PT Sentosa " + suffix, ClientKind.ORGANIZATION).id();
            memberships.add(new NewMember(staff, email(staff), "Staf Kantor", FirmRole.STAFF, null,
                    MembershipStatus.ACTIVE));
            memberships.add(new NewMember(reader, email(reader), "Dewi Lestari", FirmRole.CLIENT, made,
                    MembershipStatus.ACTIVE));
            return made;
        }));
        Scope asStaff = Scope.member(firm, staff, "STAFF", null, false);
        ProjectView project = firms.as(asStaff, () -> projects.create(new NewProject(client, ProjectKind.MATTER,
                "Perizinan " + suffix, LocalDate.of(2027, 1, 1), null, null)));

        firms.as(asStaff, () -> updates.post(project.id(), new NewProjectUpdate("Permohonan diajukan", null, null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), null)));

        assertThat(mail.sentTo(email(reader))).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Kabar terbaru \"" + project.title() + "\" dari Kantor Hukum " + suffix);
            assertThat(m.body()).startsWith("Halo Dewi Lestari,").contains("Permohonan diajukan")
                    .contains("untuk 1 Jan 2027 sampai 31 Jan 2027").contains("Berikutnya:\n-");
        });
    }

    @Test
    void aPageOfUpdatesComesWithItsThreadsInTheSameStatementsForOneUpdateAsForTen() {
        // a client of its own, without users: no follower gets mail from this test
        UUID client = firms.as(firms.staffOfA(), () -> clients.create("PT Threads " + UUID.randomUUID()
                .toString().substring(0, 6), ClientKind.ORGANIZATION).id());
        Scope reader = Scope.member(firms.firmA, "reader-" + UUID.randomUUID(), "CLIENT", client, false);
        ProjectView quiet = projectOf(client);
        firms.as(firms.staffOfA(), () -> updates.post(quiet.id(), NewProjectUpdate.of("Kick-off held", null, null)));
        ProjectView busy = projectOf(client);
        for (int i = 1; i <= 10; i++) {
            int week = i;
            ProjectUpdateView posted = firms.as(firms.staffOfA(), () -> updates.post(busy.id(), new NewProjectUpdate(
                    "Week " + week, null, null, null, null, "Internal " + week)));
            for (int r = 0; r < week % 3; r++) {
                int n = r;
                firms.as(n == 0 ? reader : firms.staffOfA(), () -> updates.reply(posted.id(), "Reply " + n));
            }
        }

        List<ProjectUpdateThread> threads = firms.as(reader, () -> updates.listWithReplies(busy.id(),
                PageRequest.of(0, 10)));
        assertThat(threads).extracting(ProjectUpdateThread::update).as("the page list gives, in its order")
                .containsExactlyElementsOf(firms.as(reader, () -> updates.list(busy.id(), PageRequest.of(0, 10))));
        assertThat(threads).allSatisfy(t -> {
            assertThat(t.update().internalNote()).isNull();
            assertThat(t.replies()).as("the thread replies gives, oldest first")
                    .containsExactlyElementsOf(firms.as(reader, () -> updates.replies(t.update().id())));
            assertThat(t.update().replies()).isEqualTo(t.replies().size());
        });
        assertThat(threads).extracting(t -> t.replies().size()).containsExactly(1, 0, 2, 1, 0, 2, 1, 0, 2, 1);
        assertThat(firms.as(firms.staffOfA(), () -> updates.listWithReplies(busy.id(), PageRequest.of(0, 1))))
                .singleElement().satisfies(t -> assertThat(t.update().internalNote()).isEqualTo("Internal 10"));

        long one = HibernateStatements.of(emf, () -> firms.as(reader,
                () -> updates.listWithReplies(quiet.id(), PageRequest.of(0, 10))));
        long ten = HibernateStatements.of(emf, () -> firms.as(reader,
                () -> updates.listWithReplies(busy.id(), PageRequest.of(0, 10))));
        assertThat(ten).as("project, page of updates, their replies").isEqualTo(one).isEqualTo(3);
        assertThatThrownBy(() -> firms.as(client(otherClient, firms.clientA2),
                () -> updates.listWithReplies(busy.id(), PageRequest.of(0, 10))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
    }

    private ProjectView projectOf(UUID client) {
        return firms.as(firms.staffOfA(), () -> projects.create(new NewProject(client, ProjectKind.MATTER,
                "Threads " + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(2027, 1, 1), null, null)));
    }

    private List<CapturingMailSender.Sent> about(String subject, ProjectView project) {
        return mail.sentTo(email(subject)).stream().filter(m -> m.subject().contains(project.title())).toList();
    }

    private String firmName() {
        return firms.asSystem(firms.firmA, () -> tenants.find(firms.firmA).orElseThrow().displayName());
    }

    private List<CapturingMailSender.Sent> awaitMails(String address, int count) throws InterruptedException {
        for (int i = 0; i < 100 && mail.sentTo(address).size() < count; i++) {
            Thread.sleep(100);
        }
        return mail.sentTo(address);
    }
}
