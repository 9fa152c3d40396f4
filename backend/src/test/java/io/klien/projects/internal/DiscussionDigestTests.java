package io.klien.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationTestBeans;
import io.klien.projects.DiscussionMailMode;
import io.klien.projects.NewMessage;
import io.klien.projects.NewProject;
import io.klien.projects.NewThread;
import io.klien.projects.ProjectDiscussions;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.ThreadVisibility;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest at fixed firm times: due from 07:00, counting the previous day's unread messages in threads the
 * person may see, once per day (its dedupe key names the day), and only for people who chose it.
 */
@SpringBootTest
@Import(NotificationTestBeans.class)
class DiscussionDigestTests {

    @Autowired Projects projects;
    @Autowired ProjectDiscussions discussions;
    @Autowired DiscussionDigest digest;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDigestCountsYesterdaysUnreadMessagesForThoseWhoChoseIt() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        String portalUser = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(portalUser, portalUser + "@client.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        Scope budi = Scope.member(firms.firmA, portalUser, "CLIENT", firms.clientA1, false);
        ProjectView project = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.PROJECT, "Digest project", LocalDate.of(2027, 1, 1), null, null)));
        var shared = firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(project.id(), null, "Shared",
                ThreadVisibility.SHARED)));
        var internal = firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(project.id(), null,
                "Internal", ThreadVisibility.INTERNAL)));
        firms.as(budi, () -> discussions.setMailMode(DiscussionMailMode.DAILY_DIGEST));
        firms.as(firms.staffOfA(), () -> discussions.setMailMode(DiscussionMailMode.DAILY_DIGEST));
        firms.as(firms.staffOfA(), () -> discussions.post(shared.id(), NewMessage.of("One"), List.of()));
        firms.as(firms.staffOfA(), () -> discussions.post(shared.id(), NewMessage.of("Two"), List.of()));
        firms.as(firms.staffOfA(), () -> discussions.post(internal.id(), NewMessage.of("Firm only"), List.of()));
        firms.as(budi, () -> discussions.post(shared.id(), NewMessage.of("From the client"), List.of()));
        // the messages were written at the real time; pin them to one day at a fixed instant
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        ZonedDateTime written = ZonedDateTime.of(2026, 12, 7, 15, 0, 0, 0, jakarta);
        firms.asSystem(firms.firmA, () -> jdbc.update("update discussion_message set created_at = ? where thread_id"
                + " in (?, ?)", java.sql.Timestamp.from(written.toInstant()), shared.id(), internal.id()));
        firms.asSystem(firms.firmA, () -> jdbc.update("delete from discussion_read_mark where thread_id in (?, ?)",
                shared.id(), internal.id()));

        ZonedDateTime tooEarly = ZonedDateTime.of(2026, 12, 8, 6, 59, 0, 0, jakarta);
        assertThat(firms.asSystem(firms.firmA, () -> digest.remindersDue(tooEarly))).isEmpty();

        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 8, 7, 0, 0, 0, jakarta);
        List<NewNotification> due = firms.asSystem(firms.firmA, () -> digest.remindersDue(morning));
        assertThat(due).filteredOn(n -> n.recipient().equals(portalUser)).singleElement().satisfies(n -> {
            assertThat(n.arguments()).containsExactly("2", "2026-12-07");
            assertThat(n.link()).isEqualTo("portal");
            assertThat(n.dedupeKey()).isEqualTo("discussion-digest:2026-12-07");
        });
        assertThat(due).filteredOn(n -> n.recipient().equals(firms.staffA)).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly("1", "2026-12-07"));

        firms.as(budi, () -> discussions.markRead(shared.id()));
        ZonedDateTime later = ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, jakarta);
        assertThat(firms.asSystem(firms.firmA, () -> digest.remindersDue(later)))
                .noneMatch(n -> n.recipient().equals(portalUser));
        ZonedDateTime dayAfter = ZonedDateTime.of(2026, 12, 9, 8, 0, 0, 0, jakarta);
        assertThat(firms.asSystem(firms.firmA, () -> digest.remindersDue(dayAfter))).isEmpty();

        // no digest from this firm for reminder runs of other tests on the same database
        firms.as(budi, () -> discussions.setMailMode(DiscussionMailMode.NONE));
        firms.as(firms.staffOfA(), () -> discussions.setMailMode(DiscussionMailMode.NONE));
        assertThat(firms.asSystem(firms.firmA, () -> digest.remindersDue(morning))).isEmpty();
    }
}
