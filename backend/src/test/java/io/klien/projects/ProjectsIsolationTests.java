package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Firm A's projects, as firm B: not found through the services, not listed, and invisible and unwritable to SQL run
 * as the application role in firm B's transaction (row-level security). The catalog test checks RLS, FORCE and the
 * keys of these tables with every other tenant table.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsIsolationTests {

    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Deliverables deliverables;
    @Autowired ProjectUpdates updates;
    @Autowired ProjectUsage usage;
    @Autowired SatisfactionCheckins checkins;
    @Autowired ProjectDiscussions discussions;
    @Autowired SupportRequests support;
    @Autowired ServiceLevels serviceLevels;
    @Autowired io.klien.documents.Documents documents;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    ProjectView ofA;
    TaskView taskOfA;
    DeliverableVersionView versionOfA;
    DiscussionThreadView threadOfA;
    SupportRequestView requestOfA;

    static final List<String> TABLES = List.of("project", "project_status_change", "project_member",
            "project_milestone", "project_task", "project_deliverable", "deliverable_version", "deliverable_comment",
            "project_update", "project_update_reply", "project_follower", "project_time_entry", "project_unit_usage",
            "project_quota_threshold", "milestone_rating",
            "discussion_thread", "discussion_message", "discussion_mention", "discussion_attachment",
            "discussion_read_mark", "discussion_mail_setting", "service_level_target", "business_hours",
            "business_holiday", "support_request", "support_request_message", "support_request_attachment");

    @BeforeAll
    void aProjectOfFirmA() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ofA = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1, ProjectKind.MATTER,
                "Matter of A", LocalDate.of(2027, 1, 1), null, null)));
        MilestoneView stepOfA = firms.as(firms.staffOfA(), () -> plans.addMilestone(ofA.id(),
                new NewMilestone("Step of A", null, true, null)));
        firms.as(firms.staffOfA(), () -> plans.addMilestone(ofA.id(), new NewMilestone("Next step of A", null, true,
                null)));
        taskOfA = firms.as(firms.staffOfA(), () -> plans.addTask(ofA.id(), NewTask.internal("Task of A")));
        DeliverableView deliverable = firms.as(firms.staffOfA(), () -> deliverables.add(ofA.id(),
                new NewDeliverable("Memo of A", null, null)));
        versionOfA = firms.as(firms.staffOfA(), () -> deliverables.submitLink(deliverable.id(),
                "https://docs.example/memo-of-a", null));
        firms.as(firms.staffOfA(), () -> deliverables.comment(versionOfA.id(), null, "Comment of A"));
        ProjectUpdateView updateOfA = firms.as(firms.staffOfA(), () -> updates.post(ofA.id(),
                NewProjectUpdate.of("Update of A", null, null)));
        firms.as(firms.staffOfA(), () -> updates.reply(updateOfA.id(), "Reply of A"));
        firms.as(TenantContext.Scope.member(firms.firmA, "client-of-a-" + UUID.randomUUID(), "CLIENT", firms.clientA1,
                false), () -> {
                    updates.unfollow(ofA.id());
                    return null;
                });
        firms.as(firms.staffOfA(), () -> plans.completeMilestone(stepOfA.id()));
        firms.as(TenantContext.Scope.member(firms.firmA, "rater-of-a-" + UUID.randomUUID(), "CLIENT", firms.clientA1,
                false), () -> checkins.rate(stepOfA.id(), 4, null));
        firms.as(firms.staffOfA(), () -> usage.logTime(ofA.id(), NewTimeEntry.billable(LocalDate.now().minusDays(1),
                java.time.Duration.ofHours(2))));
        firms.as(firms.staffOfA(), () -> {
            usage.logUnits(ofA.id(), io.klien.contracts.Quota.Unit.MEETINGS, java.math.BigDecimal.ONE,
                    LocalDate.now().minusDays(1), null);
            return null;
        });
        firms.asSystem(firms.firmA, () -> jdbc.update("update project set budget = '{\"quotas\": [{\"amount\": 1,"
                + " \"unit\": \"MEETINGS\", \"per\": \"CONTRACT\", \"overage\": \"NOT_PROVIDED\"}]}'::jsonb"
                + " where id = ?", ofA.id()));
        firms.as(firms.staffOfA(), () -> {
            usage.logUnits(ofA.id(), io.klien.contracts.Quota.Unit.MEETINGS, java.math.BigDecimal.ONE,
                    LocalDate.now().minusDays(1), null);
            return null;
        });
        threadOfA = firms.as(firms.staffOfA(), () -> discussions.start(new NewThread(ofA.id(), null, "Thread of A",
                ThreadVisibility.SHARED)));
        io.klien.documents.DocumentView fileOfA = firms.as(firms.staffOfA(), () -> documents.store(
                new io.klien.documents.DocumentOwner("TEST_FILE", UUID.randomUUID(), firms.clientA1), "a.txt",
                "text/plain", new java.io.ByteArrayInputStream("A".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ProjectDiscussions.ATTACHMENTS));
        firms.as(firms.staffOfA(), () -> discussions.post(threadOfA.id(), new NewMessage("Message of A", null,
                List.of(firms.staffA), List.of(fileOfA.id())), List.of()));
        firms.as(firms.staffOfA(), () -> discussions.setMailMode(DiscussionMailMode.DAILY_DIGEST));
        firms.as(firms.adminOfA(), () -> serviceLevels.setForClient(firms.clientA1, SupportPriority.HIGH,
                SlaTargets.ofHours(2, 8)));
        firms.as(firms.adminOfA(), () -> serviceLevels.setBusinessHours(new BusinessHours(
                java.util.EnumSet.of(java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(17, 0), List.of(LocalDate.of(2027, 1, 1)))));
        io.klien.documents.ReceivedUpload screenshot = firms.as(firms.staffOfA(), () -> documents.receive("s.txt",
                "text/plain", new java.io.ByteArrayInputStream("S".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                SupportRequests.ATTACHMENTS));
        try (screenshot) {
            requestOfA = firms.as(firms.staffOfA(), () -> support.raise(new NewSupportRequest(firms.clientA1, ofA.id(),
                    "Billing", SupportPriority.HIGH, "Request of A"), List.of(screenshot)));
        }
        firms.as(firms.staffOfA(), () -> support.reply(requestOfA.id(), "Reply of A"));
    }

    @Test
    void firmBFindsNothingOfFirmAThroughTheServices() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> projects.get(ofA.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> plans.task(taskOfA.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.task.not-found[");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> plans.addTask(ofA.id(), NewTask.internal("x"))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThat(firms.as(firms.adminOfB(), () -> projects.list(ProjectFilter.all(), PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(firms.as(firms.adminOfB(), () -> projects.ofClient(firms.clientA1))).isEmpty();
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> support.get(requestOfA.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThat(firms.as(firms.adminOfB(), () -> support.queue(SupportQueueFilter.all(), PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(firms.as(firms.adminOfB(), () -> support.breachCounts())).isEqualTo(new SlaBreachCounts(0, 0, 0));
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> discussions.messages(threadOfA.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.discussion.thread.not-found[");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> deliverables.comments(versionOfA.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.version.not-found[");
    }

    @Test
    void firmBsSqlSeesNoRowOfFirmAAndCannotChangeOrWriteOne() {
        for (String table : TABLES) {
            Integer seen = firms.asSystem(firms.firmB, () -> jdbc.queryForObject(
                    "select count(*) from " + table + " where tenant_id = ?", Integer.class, firms.firmA));
            assertThat(seen).as("firm A's rows of %s seen from firm B", table).isZero();
            Integer own = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                    "select count(*) from " + table + " where tenant_id = ?", Integer.class, firms.firmA));
            assertThat(own).as("firm A sees its own rows of %s", table).isPositive();
        }
        Integer changed = firms.asSystem(firms.firmB, () -> jdbc.update(
                "update project set title = 'taken over' where id = ?", ofA.id()));
        assertThat(changed).isZero();
        assertThatThrownBy(() -> firms.asSystem(firms.firmB, () -> jdbc.update("insert into project_task"
                + " (tenant_id, id, project_id, title, visibility, state, created_at) values (?, ?, ?, 'x', 'INTERNAL',"
                + " 'OPEN', now())", firms.firmA, UUID.randomUUID(), ofA.id())))
                .isInstanceOf(DataAccessException.class);
        assertThat(firms.as(firms.staffOfA(), () -> projects.get(ofA.id())).title()).isEqualTo("Matter of A");
    }
}
