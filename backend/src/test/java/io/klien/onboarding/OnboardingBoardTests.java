package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.clients.ClientContacts;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The onboarding board: filtered and paged by the database, in a constant number of queries. */
@SpringBootTest
class OnboardingBoardTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;

    OnboardingFixture f;
    UUID quick;
    UUID slow;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
        quick = f.publishedTemplate("Quick", StepDefinition.of("a", "A", StepType.INTERNAL_TASK, StepSide.FIRM)
                .dueAfterDays(2));
        slow = f.publishedTemplate("Slow", StepDefinition.of("a", "A", StepType.INTERNAL_TASK, StepSide.FIRM)
                .dueAfterDays(10), StepDefinition.of("b", "B", StepType.INTERNAL_TASK, StepSide.FIRM).dueAfterDays(20));
    }

    Checklist start(String clientName, UUID template, String representative) {
        UUID client = f.newClient(clientName);
        f.staff(() -> clientContacts.assignRepresentative(client, representative));
        return f.staff(() -> onboardings.start(client, template));
    }

    Page<OnboardingSummary> board(OnboardingFilter filter, Pageable pageable) {
        return f.staff(() -> onboardings.board(filter, pageable));
    }

    @Test
    void theBoardFiltersByRepresentativeTemplateOverdueAndStatus() {
        Checklist lateOfStaff = start("Late Client", slow, f.firms.staffA);
        Checklist onTimeOfStaff = start("On Time Client", quick, f.firms.staffA);
        Checklist ofAdmin = start("Admin Client", quick, f.firms.adminA);
        Checklist done = start("Done Client", quick, f.firms.adminA);
        f.startedDaysAgo(lateOfStaff.onboarding().id(), 15);
        f.staff(() -> steps.completeTask(step(done, "a").id()));

        assertThat(board(new OnboardingFilter(f.firms.staffA, null, false, null), Pageable.ofSize(10)).getContent())
                .extracting(OnboardingSummary::clientName).containsExactlyInAnyOrder("Late Client", "On Time Client");
        assertThat(board(new OnboardingFilter(null, quick, false, null), Pageable.ofSize(10)).getContent())
                .extracting(OnboardingSummary::id).containsExactlyInAnyOrder(onTimeOfStaff.onboarding().id(),
                        ofAdmin.onboarding().id(), done.onboarding().id());
        assertThat(board(new OnboardingFilter(null, null, true, null), Pageable.ofSize(10)).getContent())
                .singleElement().satisfies(o -> {
                    assertThat(o.id()).isEqualTo(lateOfStaff.onboarding().id());
                    assertThat(o.overdue()).isTrue();
                    assertThat(o.templateName()).isEqualTo("Slow");
                });
        assertThat(board(new OnboardingFilter(null, null, false, OnboardingStatus.COMPLETED), Pageable.ofSize(10))
                .getContent()).singleElement().satisfies(o -> {
                    assertThat(o.clientName()).isEqualTo("Done Client");
                    assertThat(o.progressPercent()).isEqualTo(100);
                    assertThat(o.completedAt()).isNotNull();
                });
        assertThat(board(new OnboardingFilter(f.firms.adminA, quick, false, OnboardingStatus.IN_PROGRESS),
                Pageable.ofSize(10)).getContent()).extracting(OnboardingSummary::id)
                .containsExactly(ofAdmin.onboarding().id());
    }

    @Test
    void theBoardPagesAndSortsInTheDatabase() {
        for (int i = 1; i <= 5; i++) {
            Checklist c = start("Paged Client " + i, i % 2 == 0 ? quick : slow, f.firms.staffA);
            f.startedDaysAgo(c.onboarding().id(), i);
        }

        Page<OnboardingSummary> newest = board(OnboardingFilter.all(), PageRequest.of(0, 2));
        Page<OnboardingSummary> last = board(OnboardingFilter.all(), PageRequest.of(2, 2));
        Page<OnboardingSummary> byDue = board(OnboardingFilter.all(), PageRequest.of(0, 5,
                Sort.by("nextDueDate", "startedAt")));

        assertThat(newest.getTotalElements()).isEqualTo(5);
        assertThat(newest.getTotalPages()).isEqualTo(3);
        assertThat(newest.getContent()).extracting(OnboardingSummary::clientName)
                .containsExactly("Paged Client 1", "Paged Client 2");
        assertThat(last.getContent()).extracting(OnboardingSummary::clientName).containsExactly("Paged Client 5");
        assertThat(byDue.getContent()).extracting(OnboardingSummary::nextDueDate).isSorted();
        assertThat(byDue.getContent().getFirst().clientName()).isEqualTo("Paged Client 4");
    }

    @Test
    void aBoardPageAndAChecklistTakeTheSameNumberOfQueriesHoweverMuchTheyShow() {
        List<Checklist> started = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            started.add(start("Counted Client " + i, slow, f.firms.staffA));
        }
        f.staff(() -> onboardings.comment(step(started.getFirst(), "a").id(), null, "A comment"));

        long pageOfTwo = statementsFor(() -> board(OnboardingFilter.all(), PageRequest.of(0, 2)));
        long pageOfEight = statementsFor(() -> board(OnboardingFilter.all(), PageRequest.of(0, 8)));
        long checklist = statementsFor(() -> f.staff(() -> onboardings.checklist(started.getFirst().onboarding().id())));
        long otherChecklist = statementsFor(() -> f.staff(() -> onboardings.checklist(started.getLast().onboarding().id())));

        assertThat(pageOfEight).isEqualTo(pageOfTwo).isLessThanOrEqualTo(6);
        assertThat(checklist).isEqualTo(otherChecklist).isLessThanOrEqualTo(6);
    }

    private long statementsFor(Runnable work) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
