package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.contracts.Quota;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationView;
import io.klien.notifications.Notifications;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time and units against the budget, on a fixed clock: 2027-03-31 20:00 UTC is already 1 April in the Jakarta firm,
 * so the monthly quota counts April. Only the team logs, never in the future, at most 24 hours a day; 80% and 100%
 * are announced once per period; the overage is priced at the contract's rate; usage reads in the same number of
 * statements however many entries a project has.
 */
@SpringBootTest
@Import(ProjectUsageTests.FixedClock.class)
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectUsageTests {

    static final Instant NOW = Instant.parse("2027-03-31T20:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired Projects projects;
    @Autowired ProjectUsage usage;
    @Autowired Deliverables deliverables;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;
    @Autowired ApplicationEvents events;

    UUID firm;
    UUID client;
    String lead = "lead-" + UUID.randomUUID();
    String member = "member-" + UUID.randomUUID();
    String outsider = "outsider-" + UUID.randomUUID();

    @BeforeAll
    void aJakartaFirmWithATeam() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm("jkt-" + suffix,
                "Firma Jakarta " + suffix, TenantKind.LAW_FIRM, "en", "Asia/Jakarta")).id());
        client = asSystem(() -> clients.create("PT Usage " + suffix, ClientKind.ORGANIZATION).id());
        for (String staff : List.of(lead, member, outsider)) {
            asSystem(() -> memberships.add(new NewMember(staff, staff + "@jkt.test", "Staff " + staff.substring(0, 4),
                    FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        }
    }

    private <T> T asSystem(Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(status -> work.get()));
    }

    private <T> T as(String subject, Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm, subject, "STAFF", null, false),
                () -> tx.execute(status -> work.get()));
    }

    private <T> T asClient(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm, "client-" + UUID.randomUUID(), "CLIENT", client, false),
                () -> tx.execute(status -> work.get()));
    }

    /** A project led by {@code lead} with {@code member} on the team and the given budget. */
    private ProjectView project(String budgetJson) {
        ProjectView made = as(lead, () -> projects.create(new NewProject(client, ProjectKind.MATTER,
                "Audit " + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(2027, 1, 1), null, null)));
        as(lead, () -> projects.putMember(made.id(), member, ProjectRole.MEMBER));
        asSystem(() -> jdbc.update("update project set budget = ?::jsonb where id = ?", budgetJson, made.id()));
        return made;
    }

    static final String TEN_HOURS_A_MONTH_AND_TWO_ROUNDS = """
            {"quotas": [
              {"amount": 10, "unit": "HOURS", "per": "MONTH", "overage": "BILLED_AT_RATE",
               "overageRate": {"amount": 500000, "currency": "IDR"}},
              {"amount": 2, "unit": "REVISION_ROUNDS", "per": "CONTRACT", "overage": "NEEDS_CHANGE_ORDER",
               "overageRate": null}]}""";

    private TimeEntryView log(String who, UUID projectId, LocalDate day, int hours, boolean billable) {
        return as(who, () -> usage.logTime(projectId, new NewTimeEntry(day, Duration.ofHours(hours), billable, null,
                null, null)));
    }

    private List<QuotaThresholdReached> reached(UUID projectId) {
        return events.stream(QuotaThresholdReached.class).filter(e -> e.projectId().equals(projectId)).toList();
    }

    @Test
    void billableHoursOfTheFirmsCalendarMonthCountAgainstTheQuotaAndTheOverageIsPriced() {
        ProjectView project = project(TEN_HOURS_A_MONTH_AND_TWO_ROUNDS);
        log(lead, project.id(), TODAY.minusDays(1), 6, true);
        log(member, project.id(), TODAY, 7, true);
        log(member, project.id(), TODAY, 3, false);

        assertThat(reached(project.id())).as("7 of 10 hours in April").isEmpty();
        assertThat(overQuota(project)).isFalse();
        log(lead, project.id(), TODAY, 1, true);
        assertThat(reached(project.id())).singleElement().satisfies(e -> {
            assertThat(e.percent()).isEqualTo(80);
            assertThat(e.period()).isEqualTo("2027-04");
            assertThat(e.quota().unit()).isEqualTo(Quota.Unit.HOURS);
        });
        log(lead, project.id(), TODAY, 4, true);
        log(lead, project.id(), TODAY, 1, true);

        assertThat(reached(project.id())).extracting(QuotaThresholdReached::percent)
                .as("each threshold once per period").containsExactly(80, 100);
        assertThat(overQuota(project)).as("listed as over quota this month").isTrue();
        assertThat(as(lead, () -> projects.count(new ProjectFilter(null, null, project.clientId(), false, true,
                false)))).isPositive();
        ProjectUsageView seen = as(member, () -> usage.usage(project.id()));
        assertThat(seen.asOf()).isEqualTo(TODAY);
        QuotaUsage hours = seen.lines().getFirst();
        assertThat(hours.periodStart()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(hours.periodEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(hours.used()).as("March and non-billable hours do not count").isEqualByComparingTo("13");
        assertThat(hours.percent()).isEqualTo(130);
        assertThat(hours.overage()).isEqualByComparingTo("3");
        assertThat(hours.overageCharge()).isNotNull().satisfies(m -> {
            assertThat(m.amount()).isEqualByComparingTo("1500000");
            assertThat(m.currency()).isEqualTo("IDR");
        });
        QuotaUsage rounds = seen.lines().get(1);
        assertThat(rounds.periodStart()).isNull();
        assertThat(rounds.used()).isEqualByComparingTo("0");
        assertThat(rounds.overageCharge()).as("needs a change order: not priced").isNull();
        assertThat(asClient(() -> usage.usage(project.id())).lines()).hasSize(2);

        assertThat(awaitQuotaNotices(lead, project.title(), 2)).extracting(NotificationView::text)
                .contains("\"" + project.title() + "\" has used 80% of its hours for 2027-04.",
                        "\"" + project.title() + "\" has used 100% of its hours for 2027-04.");
        assertThat(awaitQuotaNotices(member, project.title(), 2)).hasSize(2);
        assertThat(quotaNotices(outsider, project.title())).isEmpty();
    }

    @Test
    void pagesAndPostsAreCountedByHandAgainstTheirOwnQuotaLines() {
        ProjectView project = project("""
                {"quotas": [
                  {"amount": 12, "unit": "POSTS", "per": "MONTH", "overage": "NEEDS_CHANGE_ORDER", "overageRate": null},
                  {"amount": 20, "unit": "PAGES", "per": "CONTRACT", "overage": "NOT_PROVIDED", "overageRate": null}]}
                """);
        as(member, () -> {
            usage.logUnits(project.id(), Quota.Unit.POSTS, new BigDecimal("10"), TODAY, "Instagram, week 1-3");
            usage.logUnits(project.id(), Quota.Unit.PAGES, new BigDecimal("5"), TODAY, "Landing pages");
            usage.logUnits(project.id(), Quota.Unit.MEETINGS, BigDecimal.ONE, TODAY, "Not in the budget");
            return null;
        });

        List<QuotaUsage> lines = as(lead, () -> usage.usage(project.id())).lines();
        assertThat(lines).extracting(l -> l.quota().unit(), QuotaUsage::used, QuotaUsage::percent)
                .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
                        .RecursiveComparisonConfiguration.builder().withComparatorForType(BigDecimal::compareTo,
                                BigDecimal.class).build())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Quota.Unit.POSTS, new BigDecimal("10"), 83),
                        org.assertj.core.groups.Tuple.tuple(Quota.Unit.PAGES, new BigDecimal("5"), 25));
        assertThat(reached(project.id())).singleElement().satisfies(e -> {
            assertThat(e.quota().unit()).isEqualTo(Quota.Unit.POSTS);
            assertThat(e.percent()).isEqualTo(80);
        });
    }

    @Test
    void revisionRoundsAreCountedFromTheReviews() {
        ProjectView project = project(TEN_HOURS_A_MONTH_AND_TWO_ROUNDS);
        DeliverableView memo = as(lead, () -> deliverables.add(project.id(), new NewDeliverable("Memo", null, null)));
        for (int round = 1; round <= 2; round++) {
            DeliverableVersionView version = as(lead, () -> deliverables.submitLink(memo.id(),
                    "https://docs.example/memo-" + UUID.randomUUID(), null));
            asClient(() -> deliverables.requestChanges(version.id(), "Shorter, please"));
        }

        QuotaUsage rounds = as(lead, () -> usage.usage(project.id())).lines().get(1);
        assertThat(rounds.used()).isEqualByComparingTo("2");
        assertThat(rounds.percent()).isEqualTo(100);
        assertThat(reached(project.id())).extracting(QuotaThresholdReached::percent, QuotaThresholdReached::period)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(80, "CONTRACT"),
                        org.assertj.core.groups.Tuple.tuple(100, "CONTRACT"));
        assertThat(overQuota(project)).as("over its whole-contract quota").isTrue();

        ProjectFilter awaiting = new ProjectFilter(null, null, project.clientId(), false, false, true);
        assertThat(as(lead, () -> projects.list(awaiting, PageRequest.of(0, 50)))).extracting(ProjectSummary::id)
                .as("no version in review").doesNotContain(project.id());
        as(lead, () -> deliverables.submitLink(memo.id(), "https://docs.example/memo-final", null));
        assertThat(as(lead, () -> projects.list(awaiting, PageRequest.of(0, 50)))).extracting(ProjectSummary::id)
                .contains(project.id());
        assertThat(as(lead, () -> projects.count(awaiting))).isPositive();
    }

    private boolean overQuota(ProjectView project) {
        ProjectFilter filter = new ProjectFilter(null, null, project.clientId(), false, true, false);
        return as(lead, () -> projects.list(filter, PageRequest.of(0, 200))).stream()
                .anyMatch(p -> p.id().equals(project.id()));
    }

    @Test
    void onlyTheTeamLogsNeverInTheFutureAndAtMost24HoursADayAcrossProjects() {
        ProjectView one = project(TEN_HOURS_A_MONTH_AND_TWO_ROUNDS);
        ProjectView two = project("{\"quotas\": []}");

        assertThatThrownBy(() -> log(outsider, one.id(), TODAY, 1, true))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.team-only[");
        assertThatThrownBy(() -> log(lead, one.id(), TODAY.plusDays(1), 1, true))
                .as("2 April is tomorrow in Jakarta")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("date"));
        assertThatThrownBy(() -> as(lead, () -> usage.logTime(one.id(), NewTimeEntry.billable(TODAY, Duration.ZERO))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("duration"));
        assertThatThrownBy(() -> as(lead, () -> usage.logTime(one.id(),
                NewTimeEntry.billable(TODAY, Duration.ofSeconds(90)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("duration"));
        log(lead, one.id(), TODAY.minusDays(3), 16, false);
        log(lead, two.id(), TODAY.minusDays(3), 8, true);
        assertThatThrownBy(() -> as(lead, () -> usage.logTime(two.id(),
                NewTimeEntry.billable(TODAY.minusDays(3), Duration.ofMinutes(1)))))
                .as("24 hours logged that day across both projects")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("duration"));
        assertThatThrownBy(() -> asClient(() -> usage.logTime(one.id(), NewTimeEntry.billable(TODAY,
                Duration.ofHours(1))))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, () -> {
            usage.logUnits(one.id(), Quota.Unit.REVISION_ROUNDS, BigDecimal.ONE, TODAY, null);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("unit"));

        assertThat(as(lead, () -> usage.timeEntries(one.id(), TODAY.minusDays(10), TODAY)))
                .singleElement().satisfies(e -> {
                    assertThat(e.duration()).isEqualTo(Duration.ofHours(16));
                    assertThat(e.billable()).isFalse();
                    assertThat(e.memberSubject()).isEqualTo(lead);
                });
    }

    @Test
    void meetingsAreLoggedByHandAndUsageTakesTheSameStatementsForManyEntries() {
        String budget = """
                {"quotas": [
                  {"amount": 100, "unit": "HOURS", "per": "CONTRACT", "overage": "NOT_PROVIDED", "overageRate": null},
                  {"amount": 4, "unit": "MEETINGS", "per": "MONTH", "overage": "NOT_PROVIDED", "overageRate": null}]}""";
        ProjectView few = project(budget);
        ProjectView many = project(budget);
        log(lead, few.id(), TODAY, 1, true);
        as(lead, () -> {
            usage.logUnits(many.id(), Quota.Unit.MEETINGS, new BigDecimal("1.5"), TODAY, "Kick-off");
            return null;
        });
        for (int i = 0; i < 60; i++) {
            UUID id = UUID.randomUUID();
            LocalDate day = TODAY.minusDays(i);
            asSystem(() -> jdbc.update("insert into project_time_entry (tenant_id, id, project_id, member_subject,"
                    + " work_date, minutes, billable, created_at) values (?, ?, ?, ?, ?, 60, true, now())", firm, id,
                    many.id(), member, day));
        }

        long forFew = statementsFor(() -> as(lead, () -> usage.usage(few.id())));
        long forMany = statementsFor(() -> as(lead, () -> usage.usage(many.id())));

        assertThat(forMany).isEqualTo(forFew);
        ProjectUsageView seen = as(lead, () -> usage.usage(many.id()));
        assertThat(seen.lines().get(0).used()).isEqualByComparingTo("60");
        assertThat(seen.lines().get(1).used()).isEqualByComparingTo("1.5");
        assertThat(seen.lines().get(1).percent()).isEqualTo(37);
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

    private List<NotificationView> quotaNotices(String subject, String title) {
        return as(subject, () -> notifications.recent(PageRequest.of(0, 50), Locale.ENGLISH).getContent()).stream()
                .filter(n -> n.kind() == NotificationKind.QUOTA_THRESHOLD && n.text().contains(title)).toList();
    }

    private List<NotificationView> awaitQuotaNotices(String subject, String title, int count) {
        for (int i = 0; i < 100 && quotaNotices(subject, title).size() < count; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return quotaNotices(subject, title);
    }
}
