package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client user's portal home shows their projects, what awaits their approval, their open shared tasks, the latest
 * updates without internal notes, and the team with names and emails; never another client's, never anything internal.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientPortalProjectsTests {

    @Autowired ClientPortalProjects portal;
    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Deliverables deliverables;
    @Autowired ProjectUpdates updates;
    @Autowired ClientContacts clientContacts;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManagerFactory emf;

    TwoFirms firms;
    Scope budi;
    Scope clientUserOfA2;
    ProjectView website;
    DeliverableVersionView inReview;

    @BeforeAll
    void aProjectWithWorkForTheClient() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        budi = Scope.member(firms.firmA, "budi-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        clientUserOfA2 = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
        UUID contact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi-" + UUID.randomUUID() + "@a1.test", null, "Director"), true)
                .id());
        String formerColleague = "former-" + UUID.randomUUID();
        UUID formerMembership = firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(formerColleague,
                formerColleague + "@a.test", "Former Colleague", FirmRole.STAFF, null, MembershipStatus.ACTIVE)).id());
        website = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1, ProjectKind.PROJECT,
                "Website relaunch", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), null)));
        firms.as(firms.adminOfA(), () -> projects.putMember(website.id(), firms.adminA, ProjectRole.MEMBER));
        firms.as(firms.staffOfA(), () -> projects.putMember(website.id(), formerColleague, ProjectRole.MEMBER));
        firms.as(firms.adminOfA(), () -> memberships.deactivate(formerMembership));
        DeliverableView sitemap = firms.as(firms.staffOfA(), () -> deliverables.add(website.id(),
                new NewDeliverable("Sitemap", null, null)));
        inReview = firms.as(firms.staffOfA(), () -> deliverables.submitLink(sitemap.id(),
                "https://drive.example/sitemap-v1", null));
        firms.as(firms.staffOfA(), () -> plans.addTask(website.id(), new NewTask("Send the logo files", null, null,
                TaskVisibility.SHARED, null, contact, LocalDate.of(2027, 1, 15))));
        firms.as(firms.staffOfA(), () -> plans.addTask(website.id(), new NewTask("Check the budget internally", null,
                null, TaskVisibility.INTERNAL, firms.staffA, null, null)));
        firms.as(firms.staffOfA(), () -> updates.post(website.id(), new NewProjectUpdate("Wireframes are done",
                "Visual design", null, null, null, "The client is slow to answer")));
        firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA2, ProjectKind.PROJECT,
                "Someone else's campaign", LocalDate.of(2027, 1, 1), null, null)));
    }

    @Test
    void theClientSeesTheirProjectsApprovalsTasksUpdatesAndTeam() {
        PortalProjects home = firms.as(budi, () -> portal.home());

        assertThat(home.projects()).extracting(ProjectSummary::title).containsExactly("Website relaunch");
        assertThat(home.awaitingApproval()).singleElement().satisfies(a -> {
            assertThat(a.projectTitle()).isEqualTo("Website relaunch");
            assertThat(a.deliverableTitle()).isEqualTo("Sitemap");
            assertThat(a.versionId()).isEqualTo(inReview.id());
            assertThat(a.number()).isEqualTo(1);
        });
        assertThat(home.toDo()).extracting(TaskView::title).containsExactly("Send the logo files");
        assertThat(home.recentUpdates()).singleElement().satisfies(u -> {
            assertThat(u.done()).isEqualTo("Wireframes are done");
            assertThat(u.internalNote()).as("an internal note never reaches the client").isNull();
        });
        assertThat(home.accountTeam()).extracting(TeamContact::name, TeamContact::role, TeamContact::email)
                .as("lead first, each person once, a deactivated colleague left out").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Staff A", ProjectRole.LEAD, firms.staffA + "@a.test"),
                        org.assertj.core.groups.Tuple.tuple("Admin A", ProjectRole.MEMBER, firms.adminA + "@a.test"));
        assertThat(firms.as(budi, () -> portal.team(website.id()))).extracting(TeamContact::name)
                .containsExactly("Staff A", "Admin A");
    }

    @Test
    void anotherClientSeesNoneOfItAndStaffDoNotUseThePortalHome() {
        PortalProjects other = firms.as(clientUserOfA2, () -> portal.home());

        assertThat(other.projects()).extracting(ProjectSummary::title).containsExactly("Someone else's campaign");
        assertThat(other.awaitingApproval()).isEmpty();
        assertThat(other.toDo()).isEmpty();
        assertThat(other.recentUpdates()).isEmpty();
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> portal.team(website.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> portal.home()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHomeTakesTheSameStatementsWithOneProjectAsWithFive() {
        UUID clientId = firms.asSystem(firms.firmA, () -> clients.create("PT Lima Proyek " + UUID.randomUUID(),
                io.klien.clients.ClientKind.ORGANIZATION).id());
        Scope user = Scope.member(firms.firmA, "lima-" + UUID.randomUUID(), "CLIENT", clientId, false);
        long none = statementsOfHome(user);
        long one = 0;
        for (int i = 0; i < 5; i++) {
            int n = i;
            ProjectView more = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(clientId,
                    ProjectKind.PROJECT, "Extra " + n, LocalDate.of(2027, 1, 1), null, null)));
            DeliverableView d = firms.as(firms.staffOfA(), () -> deliverables.add(more.id(),
                    new NewDeliverable("Draft " + n, null, null)));
            firms.as(firms.staffOfA(), () -> deliverables.submitLink(d.id(), "https://drive.example/d" + n, null));
            firms.as(firms.staffOfA(), () -> updates.post(more.id(), NewProjectUpdate.of("Step " + n, null, null)));
            if (i == 0) {
                one = statementsOfHome(user);
            }
        }
        assertThat(firms.as(user, () -> portal.home()).projects()).hasSize(5);
        assertThat(statementsOfHome(user)).isEqualTo(one).isGreaterThan(none);
    }

    private long statementsOfHome(Scope user) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        firms.as(user, () -> portal.home());
        return stats.getPrepareStatementCount();
    }
}
