package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.notifications.NotificationTestBeans;
import io.klien.notifications.NotificationView;
import io.klien.notifications.Notifications;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Discussions between the firm and its client: internal threads never reach a client user, another client's user
 * reaches nothing, mentions notify team members only, read state is each person's, and a refused message leaves
 * nothing behind.
 */
@SpringBootTest
@Import(NotificationTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionsTests {

    @Autowired Projects projects;
    @Autowired Deliverables deliverables;
    @Autowired ProjectDiscussions discussions;
    @Autowired Documents documents;
    @Autowired Notifications notifications;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    TwoFirms firms;
    Scope budi;
    Scope clientUserOfA2;
    String colleague;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String budiSubject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(budiSubject, budiSubject + "@client.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, budiSubject, "CLIENT", firms.clientA1, false);
        clientUserOfA2 = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
        colleague = "colleague-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(colleague, colleague + "@a.test",
                "Colleague Not On Team", FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
    }

    /** A project of client A1 led by firm A's staff member, with firm A's admin on the team. */
    private ProjectView project() {
        ProjectView made = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.PROJECT, "Brand refresh " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2027, 1, 1), null, null)));
        return firms.as(firms.staffOfA(), () -> projects.putMember(made.id(), firms.adminA, ProjectRole.MEMBER));
    }

    private DiscussionThreadView thread(UUID projectId, ThreadVisibility visibility, String title) {
        return firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(projectId, null, title, visibility)));
    }

    private DiscussionMessageView post(Scope who, UUID threadId, NewMessage message) {
        return firms.as(who, () -> discussions.post(threadId, message, List.of()));
    }

    private List<NotificationView> notificationsOf(String staffSubject) {
        return firms.as(Scope.member(firms.firmA, staffSubject, "STAFF", null, false),
                () -> notifications.recent(PageRequest.of(0, 50), Locale.ENGLISH).getContent());
    }

    @Test
    void aClientUserNeverSeesAnInternalThreadOrItsMessages() {
        ProjectView project = project();
        DiscussionThreadView internal = thread(project.id(), ThreadVisibility.INTERNAL, "Pricing strategy");
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Kickoff questions");
        post(firms.staffOfA(), internal.id(), NewMessage.of("Client budget is tight, keep it lean"));
        post(firms.staffOfA(), shared.id(), NewMessage.of("Welcome! Ask us anything here."));

        assertThat(firms.as(budi, () -> discussions.threadsOfProject(project.id())))
                .extracting(DiscussionThreadView::id).containsExactly(shared.id());
        assertThat(firms.as(firms.staffOfA(), () -> discussions.threadsOfProject(project.id())))
                .extracting(DiscussionThreadView::id).containsExactlyInAnyOrder(shared.id(), internal.id());
        assertThatThrownBy(() -> firms.as(budi, () -> discussions.thread(internal.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> firms.as(budi, () -> discussions.messages(internal.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> post(budi, internal.id(), NewMessage.of("Let me in")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> firms.as(budi, () -> discussions.markRead(internal.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> firms.as(budi, () -> discussions.start(new NewThread(project.id(), null,
                "Secret", ThreadVisibility.INTERNAL))))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.discussion.internal-firm-only[");

        DiscussionMessageView answer = post(budi, shared.id(), NewMessage.of("When do we start?"));
        assertThat(answer.authorName()).isEqualTo("Budi Santoso");
        assertThat(firms.as(budi, () -> discussions.messages(shared.id()))).extracting(DiscussionMessageView::body)
                .containsExactly("Welcome! Ask us anything here.", "When do we start?");
    }

    @Test
    void internalThreadsOnADeliverableStayWithTheFirmToo() {
        ProjectView project = project();
        DeliverableView logo = firms.as(firms.staffOfA(), () -> deliverables.add(project.id(),
                new NewDeliverable("Logo", null, null)));
        DiscussionThreadView internal = firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(
                project.id(), logo.id(), "Internal review", ThreadVisibility.INTERNAL)));
        DiscussionThreadView shared = firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(
                project.id(), logo.id(), "Your feedback", ThreadVisibility.SHARED)));

        assertThat(firms.as(budi, () -> discussions.threadsOfDeliverable(logo.id())))
                .extracting(DiscussionThreadView::id).containsExactly(shared.id());
        assertThat(firms.as(firms.staffOfA(), () -> discussions.threadsOfDeliverable(logo.id())))
                .extracting(DiscussionThreadView::id).contains(internal.id(), shared.id());
    }

    @Test
    void aClientUserOfAnotherClientOrFirmReachesNothing() {
        ProjectView project = project();
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Kickoff");
        post(firms.staffOfA(), shared.id(), NewMessage.of("Hello"));

        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> discussions.threadsOfProject(project.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> discussions.messages(shared.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> post(clientUserOfA2, shared.id(), NewMessage.of("Hi")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> discussions.thread(shared.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThat(firms.as(firms.staffOfA(), () -> discussions.messages(shared.id()))).hasSize(1);
    }

    @Test
    void aMentionNotifiesTheTeamMemberAndSomeoneOffTheTeamIsRefusedByName() {
        ProjectView project = project();
        DiscussionThreadView internal = thread(project.id(), ThreadVisibility.INTERNAL, "Staffing");

        DiscussionMessageView posted = post(firms.staffOfA(), internal.id(), new NewMessage(
                "@Admin can you review the plan?", null, List.of(firms.adminA), List.of()));

        assertThat(posted.mentions()).containsExactly(firms.adminA);
        assertThat(notificationsOf(firms.adminA)).filteredOn(n -> n.link().equals("projects/" + project.id()))
                .singleElement().satisfies(n -> assertThat(n.text())
                        .isEqualTo("Staff A mentioned you in \"Staffing\" on " + project.title() + "."));
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from notification where dedupe_key = ?", Long.class,
                "discussion-mention:" + posted.id()))).isEqualTo(1);

        assertThatThrownBy(() -> post(firms.staffOfA(), internal.id(), new NewMessage("@Colleague look", null,
                List.of(colleague), List.of())))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.discussion.mention.not-on-team[Colleague Not On Team]");
        assertThat(firms.as(firms.staffOfA(), () -> discussions.messages(internal.id()))).hasSize(1);
    }

    @Test
    void aClientMessageOnASharedThreadMailsTheTeamOnceAndRespectsEachPersonsChoice() {
        ProjectView project = project();
        firms.as(firms.adminOfA(), () -> discussions.setMailMode(DiscussionMailMode.NONE));
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Questions");

        DiscussionMessageView posted = post(budi, shared.id(), NewMessage.of("Can we move the meeting?"));

        assertThat(notificationsOf(firms.staffA)).filteredOn(n -> n.link().equals("projects/" + project.id()))
                .singleElement().satisfies(n -> assertThat(n.text())
                        .isEqualTo("Budi Santoso wrote in \"Questions\" on " + project.title() + "."));
        assertThat(notificationsOf(firms.adminA)).noneMatch(n -> n.link().equals("projects/" + project.id()));
        assertThat(firms.as(firms.adminOfA(), () -> discussions.mailMode())).isEqualTo(DiscussionMailMode.NONE);
        // the event delivered again (as a retried publication would be) mails nobody twice
        firms.asSystem(firms.firmA, () -> {
            events.publishEvent(new DiscussionMessagePosted(firms.firmA, project.id(), firms.clientA1, shared.id(),
                    posted.id(), false, budi.subject(), List.of()));
            return null;
        });
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from notification where dedupe_key = ?", Long.class,
                "discussion-message:" + posted.id()))).isEqualTo(1);
        firms.as(firms.adminOfA(), () -> discussions.setMailMode(DiscussionMailMode.EACH_MESSAGE));
    }

    @Test
    void unreadCountsAreEachPersonsOwnAndMarkingReadClearsThem() {
        ProjectView project = project();
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Timeline");
        post(firms.staffOfA(), shared.id(), NewMessage.of("Draft timeline attached soon"));
        post(firms.staffOfA(), shared.id(), NewMessage.of("Here it is"));

        assertThat(firms.as(budi, () -> discussions.thread(shared.id())).unread()).isEqualTo(2);
        assertThat(firms.as(firms.staffOfA(), () -> discussions.thread(shared.id())).unread()).isZero();
        assertThat(firms.as(budi, () -> discussions.markRead(shared.id()))).isEqualTo(2);
        assertThat(firms.as(budi, () -> discussions.threadsOfProject(project.id())))
                .extracting(DiscussionThreadView::unread).containsExactly(0L);

        DiscussionMessageView question = post(budi, shared.id(), NewMessage.of("Looks good, one question"));
        post(firms.staffOfA(), shared.id(), new NewMessage("Sure, ask", question.id(), List.of(), List.of()));
        assertThat(firms.as(budi, () -> discussions.thread(shared.id())).unread()).isEqualTo(1);
        assertThat(firms.as(firms.adminOfA(), () -> discussions.thread(shared.id())).unread()).isEqualTo(4);
    }

    @Test
    void attachmentsMustBeDocumentsOfTheProjectsClient() {
        ProjectView project = project();
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Files");
        DocumentView ofA1 = firms.as(firms.staffOfA(), () -> documents.store(new DocumentOwner("TEST_FILE",
                UUID.randomUUID(), firms.clientA1), "brief.txt", "text/plain",
                new ByteArrayInputStream("Brief".getBytes(StandardCharsets.UTF_8)), ProjectDiscussions.ATTACHMENTS));
        DocumentView ofA2 = firms.as(firms.staffOfA(), () -> documents.store(new DocumentOwner("TEST_FILE",
                UUID.randomUUID(), firms.clientA2), "other.txt", "text/plain",
                new ByteArrayInputStream("Other".getBytes(StandardCharsets.UTF_8)), ProjectDiscussions.ATTACHMENTS));

        DiscussionMessageView withBrief = post(firms.staffOfA(), shared.id(), new NewMessage("The brief", null,
                List.of(), List.of(ofA1.id())));
        assertThat(withBrief.documentIds()).containsExactly(ofA1.id());

        ReceivedUpload upload = firms.as(budi, () -> documents.receive("notes.txt", "text/plain",
                new ByteArrayInputStream("Our notes".getBytes(StandardCharsets.UTF_8)),
                ProjectDiscussions.ATTACHMENTS));
        try (upload) {
            DiscussionMessageView withUpload = firms.as(budi, () -> discussions.post(shared.id(),
                    NewMessage.of("Our notes"), List.of(upload)));
            assertThat(withUpload.documentIds()).singleElement().satisfies(id -> assertThat(
                    firms.as(budi, () -> documents.find(id)).orElseThrow().owner().clientId())
                    .isEqualTo(firms.clientA1));
        }
        assertThat(firms.as(budi, () -> discussions.messages(shared.id())))
                .extracting(m -> m.documentIds().size()).containsExactly(1, 1);
    }

    @Test
    void aRefusedMessageLeavesNothingBehindNotEvenItsUploads() {
        ProjectView project = project();
        DiscussionThreadView shared = thread(project.id(), ThreadVisibility.SHARED, "Refusals");
        DocumentView ofA2 = firms.as(firms.staffOfA(), () -> documents.store(new DocumentOwner("TEST_FILE",
                UUID.randomUUID(), firms.clientA2), "other.txt", "text/plain",
                new ByteArrayInputStream("Other".getBytes(StandardCharsets.UTF_8)), ProjectDiscussions.ATTACHMENTS));
        long documentsBefore = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from document where owner_kind = 'DISCUSSION_MESSAGE'", Long.class));

        ReceivedUpload upload = firms.as(firms.staffOfA(), () -> documents.receive("notes.txt", "text/plain",
                new ByteArrayInputStream("Notes".getBytes(StandardCharsets.UTF_8)), ProjectDiscussions.ATTACHMENTS));
        try (upload) {
            assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> discussions.post(shared.id(),
                    new NewMessage("With another client's file", null, List.of(), List.of(ofA2.id())),
                    List.of(upload))))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("projects.discussion.attachment.other-client[");
            assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> discussions.post(shared.id(),
                    new NewMessage("Mentioning an outsider", null, List.of(colleague), List.of()),
                    List.of(upload))))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("projects.discussion.mention.not-on-team[");
            assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> discussions.post(shared.id(),
                    NewMessage.of("   "), List.of(upload))))
                    .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.comment.empty[");
        }
        assertThat(firms.as(firms.staffOfA(), () -> discussions.messages(shared.id()))).isEmpty();
        assertThat(firms.as(firms.staffOfA(), () -> discussions.thread(shared.id())).lastMessageAt()).isNull();
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from document where owner_kind = 'DISCUSSION_MESSAGE'", Long.class)))
                .isEqualTo(documentsBefore);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from discussion_attachment a join discussion_message m"
                        + " on m.tenant_id = a.tenant_id and m.id = a.message_id where m.thread_id = ?",
                Long.class, shared.id()))).isZero();
    }
}
