package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Satisfaction check-ins: the client's users rate completed milestones once each (changeable for 7 days), staff
 * read the ratings of a project, and each rating is published for the testimonials to come.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SatisfactionCheckinsTests {

    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired SatisfactionCheckins checkins;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired EntityManagerFactory emf;

    TwoFirms firms;
    Scope budi;
    Scope sari;
    Scope otherClient;

    @BeforeAll
    void twoFirmsWithClientUsers() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String budiSubject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(budiSubject, budiSubject + "@a1.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, budiSubject, "CLIENT", firms.clientA1, false);
        sari = Scope.member(firms.firmA, "sari-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        otherClient = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
    }

    record Plan(ProjectView project, MilestoneView done, MilestoneView open) {
    }

    private Plan plan() {
        ProjectView project = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.MATTER, "Licence " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2027, 1, 1), null, null)));
        MilestoneView first = firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(),
                new NewMilestone("Application filed", null, true, null)));
        MilestoneView second = firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(),
                new NewMilestone("Licence granted", null, true, null)));
        MilestoneView done = firms.as(firms.staffOfA(), () -> plans.completeMilestone(first.id()));
        return new Plan(project, done, second);
    }

    @Test
    void clientUsersRateACompletedMilestoneOnceEachAndStaffSeeTheRatingsOfTheProject() {
        Plan plan = plan();

        MilestoneRatingView first = firms.as(budi, () -> checkins.rate(plan.done().id(), 4, "Quick and clear"));
        MilestoneRatingView changed = firms.as(budi, () -> checkins.rate(plan.done().id(), 5, "  "));
        firms.as(sari, () -> checkins.rate(plan.done().id(), 2, "Too many forms"));

        assertThat(changed.id()).as("once per person: the same rating, changed").isEqualTo(first.id());
        assertThat(changed.score()).isEqualTo(5);
        assertThat(changed.comment()).isNull();
        assertThat(firms.as(budi, () -> checkins.myRating(plan.done().id()))).hasValueSatisfying(r -> {
            assertThat(r.score()).isEqualTo(5);
            assertThat(r.raterName()).isEqualTo("Budi Santoso");
        });
        ProjectSatisfaction seen = firms.as(firms.staffOfA(), () -> checkins.ofProject(plan.project().id()));
        assertThat(seen.ratings()).hasSize(2).allSatisfy(r -> assertThat(r.milestoneTitle())
                .isEqualTo("Application filed"));
        assertThat(seen.average()).isEqualByComparingTo("3.5");
        assertThat(events.stream(SatisfactionRated.class).filter(e -> e.milestoneId().equals(plan.done().id())))
                .extracting(SatisfactionRated::score, SatisfactionRated::changed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, false),
                        org.assertj.core.groups.Tuple.tuple(5, true),
                        org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void aRatingIsChangeableForSevenDaysOnlyAndOnlyForCompletedMilestonesInRange() {
        Plan plan = plan();
        MilestoneRatingView given = firms.as(budi, () -> checkins.rate(plan.done().id(), 3, null));

        assertThatThrownBy(() -> firms.as(budi, () -> checkins.rate(plan.open().id(), 5, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.rating.not-completed[");
        assertThatThrownBy(() -> firms.as(sari, () -> checkins.rate(plan.done().id(), 6, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("score"));
        assertThatThrownBy(() -> firms.as(sari, () -> checkins.rate(plan.done().id(), 0, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("score"));

        firms.asSystem(firms.firmA, () -> jdbc.update(
                "update milestone_rating set rated_at = rated_at - interval '8 days' where id = ?", given.id()));
        assertThatThrownBy(() -> firms.as(budi, () -> checkins.rate(plan.done().id(), 1, "Changed my mind")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.rating.locked[");
        assertThat(firms.as(budi, () -> checkins.myRating(plan.done().id()))).hasValueSatisfying(
                r -> assertThat(r.score()).isEqualTo(3));
    }

    @Test
    void myRatingsGivesTheClientUsersOwnRatingsOfAProjectInTheSameStatementsForNoneAsForMany() {
        Plan plan = plan();
        MilestoneView second = firms.as(firms.staffOfA(), () -> plans.completeMilestone(plan.open().id()));
        assertThat(firms.as(budi, () -> checkins.myRatings(plan.project().id()))).isEmpty();
        long none = HibernateStatements.of(emf, () -> firms.as(budi,
                () -> checkins.myRatings(plan.project().id())));

        firms.as(budi, () -> checkins.rate(plan.done().id(), 4, "Quick"));
        firms.as(budi, () -> checkins.rate(second.id(), 2, null));
        firms.as(sari, () -> checkins.rate(second.id(), 5, null));

        Map<UUID, MilestoneRatingView> mine = firms.as(budi, () -> checkins.myRatings(plan.project().id()));
        assertThat(mine).as("each of the milestones budi rated, as myRating gives it").containsOnlyKeys(
                plan.done().id(), second.id());
        assertThat(mine.get(plan.done().id())).isEqualTo(firms.as(budi, () -> checkins.myRating(plan.done().id()))
                .orElseThrow());
        assertThat(mine.get(second.id())).satisfies(r -> {
            assertThat(r.score()).as("budi's, not sari's").isEqualTo(2);
            assertThat(r.milestoneTitle()).isEqualTo("Licence granted");
        });
        assertThat(HibernateStatements.of(emf, () -> firms.as(budi,
                () -> checkins.myRatings(plan.project().id()))))
                .as("project, ratings with their milestones' titles").isEqualTo(none).isEqualTo(2);
        assertThatThrownBy(() -> firms.as(otherClient, () -> checkins.myRatings(plan.project().id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> checkins.myRatings(plan.project().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherClientsUserFindsNoMilestoneAndClientsDoNotReadTheProjectsRatings() {
        Plan plan = plan();

        assertThatThrownBy(() -> firms.as(otherClient, () -> checkins.rate(plan.done().id(), 5, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.milestone.not-found[");
        assertThatThrownBy(() -> firms.as(budi, () -> checkins.ofProject(plan.project().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> checkins.rate(plan.done().id(), 5, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> checkins.ofProject(plan.project().id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThat(firms.as(firms.staffOfA(), () -> checkins.ofProject(plan.project().id())).ratings()).isEmpty();
    }
}
