package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support requests in a firm in Jakarta, on a clock the test moves: targets in business time over weekends, breaches
 * recorded by the check and at the moment of a late action, reopening resumes the resolution clock, the client
 * confirms, another client's user reaches nothing, and the queue pages in the database with a constant number of
 * statements.
 */
@SpringBootTest(properties = "klien.support.breach-check.enabled=false")
@Import(SupportRequestsTests.FixedClock.class)
@RecordApplicationEvents
class SupportRequestsTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** A clock the test sets; every bean that tells time (through FirmTime) reads it. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-07T02:00:00Z");

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired MovableClock clock;
    @Autowired SupportRequests support;
    @Autowired ServiceLevels serviceLevels;
    @Autowired Documents documents;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManagerFactory emf;
    @Autowired ApplicationEvents events;

    UUID firm;
    UUID client;
    UUID otherClient;
    Scope admin;
    Scope staff;
    Scope budi;
    Scope otherClientUser;

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** A new firm in Jakarta for each test (the breach check and the counts are per firm), nine to five. */
    @BeforeEach
    void aFirmInJakarta() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm("sla-" + suffix,
                "Firma Jakarta " + suffix, TenantKind.LAW_FIRM, "en", "Asia/Jakarta")).id());
        client = system(() -> clients.create("PT Cepat " + suffix, ClientKind.ORGANIZATION).id());
        otherClient = system(() -> clients.create("CV Lain " + suffix, ClientKind.ORGANIZATION).id());
        String adminSubject = "admin-" + UUID.randomUUID();
        String staffSubject = "staff-" + UUID.randomUUID();
        system(() -> memberships.add(new NewMember(adminSubject, adminSubject + "@firm.test", "Admin", FirmRole.TENANT_ADMIN,
                null, MembershipStatus.ACTIVE)));
        system(() -> memberships.add(new NewMember(staffSubject, staffSubject + "@firm.test", "Sari Staff",
                FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        admin = Scope.member(firm, adminSubject, "TENANT_ADMIN", null, false);
        staff = Scope.member(firm, staffSubject, "STAFF", null, false);
        budi = Scope.member(firm, "budi-" + UUID.randomUUID(), "CLIENT", client, false);
        otherClientUser = Scope.member(firm, "other-" + UUID.randomUUID(), "CLIENT", otherClient, false);
        as(admin, () -> serviceLevels.setDefault(SupportPriority.NORMAL, SlaTargets.ofHours(4, 16)));
        as(admin, () -> serviceLevels.setDefault(SupportPriority.URGENT, SlaTargets.ofHours(1, 8)));
        as(admin, () -> serviceLevels.setBusinessHours(new BusinessHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of())));
    }

    <T> T system(Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm), () -> tx.execute(status -> work.get()));
    }

    <T> T as(Scope scope, Supplier<T> work) {
        return TenantContext.callIn(scope, () -> tx.execute(status -> work.get()));
    }

    static Instant jakarta(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 12, day, hour, minute).atZone(JAKARTA).toInstant();
    }

    SupportRequestView raise(Scope who, UUID forClient, SupportPriority priority) {
        return as(who, () -> support.raise(new NewSupportRequest(forClient, null, "Billing", priority,
                "The invoice shows the wrong amount"), List.of()));
    }

    @Test
    void targetsCountBusinessHoursInTheFirmsZoneOverTheWeekend() {
        clock.set(jakarta(11, 16, 30)); // Friday
        SupportRequestView normal = raise(budi, client, SupportPriority.NORMAL);

        assertThat(normal.firstResponseDue()).isEqualTo(jakarta(14, 12, 30)); // 0:30 on Friday, 3:30 on Monday
        assertThat(normal.resolutionDue()).isEqualTo(jakarta(15, 16, 30)); // 0:30 + 8:00 + 7:30
        assertThat(normal.state()).isEqualTo(SupportState.OPEN);
        assertThat(normal.raisedBy()).isEqualTo(budi.subject());
        assertThat(events.stream(SupportRequestRaised.class)).anySatisfy(e -> {
            assertThat(e.requestId()).isEqualTo(normal.id());
            assertThat(e.tenantId()).isEqualTo(firm);
            assertThat(e.firstResponseDue()).isEqualTo(jakarta(14, 12, 30));
        });

        as(admin, () -> serviceLevels.setBusinessHours(new BusinessHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(java.time.LocalDate.of(2026, 12, 14)))));
        SupportRequestView overHoliday = raise(budi, client, SupportPriority.NORMAL);
        assertThat(overHoliday.firstResponseDue()).isEqualTo(jakarta(15, 11, 30)); // Monday 14th is a holiday
    }

    @Test
    void aClientsOwnServiceLevelOverridesTheFirmsDefault() {
        as(admin, () -> serviceLevels.setForClient(client, SupportPriority.URGENT, new SlaTargets(30, 120)));
        try {
            clock.set(jakarta(11, 16, 45));
            assertThat(raise(budi, client, SupportPriority.URGENT).firstResponseDue()).isEqualTo(jakarta(14, 9, 15));
            assertThat(raise(staff, otherClient, SupportPriority.URGENT).firstResponseDue())
                    .isEqualTo(jakarta(14, 9, 45));
            assertThat(as(staff, () -> serviceLevels.forClient(client)).get(SupportPriority.URGENT))
                    .isEqualTo(new SlaTargets(30, 120));
        } finally {
            as(admin, () -> serviceLevels.clearForClient(client, SupportPriority.URGENT));
        }
        assertThatThrownBy(() -> as(admin, () -> serviceLevels.setDefault(SupportPriority.LOW,
                new SlaTargets(120, 60))))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.support.sla.resolution-before-response[");
        assertThatThrownBy(() -> as(staff, () -> serviceLevels.setDefault(SupportPriority.LOW,
                SlaTargets.ofHours(1, 2)))).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired io.klien.contracts.Contracts contracts;
    @Autowired io.klien.contracts.ContractTemplates templates;
    @Autowired io.klien.clients.ClientContacts contacts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A contract in force for the client whose terms promise urgent requests a reply within 2 business hours. */
    private void contractPromisingUrgentIn(int firstResponseHours, int resolutionHours) {
        io.klien.contracts.ContractTemplateView template = as(staff, () -> templates.list()).getFirst();
        UUID contact = as(staff, () -> contacts.addContact(client, new io.klien.clients.ContactDetails("Budi",
                "budi-" + UUID.randomUUID() + "@client.test", null, "Director"), true).id());
        io.klien.contracts.ContractTerms terms = template.definition().terms().withServiceLevel(
                new io.klien.contracts.ServiceLevel(List.of(new io.klien.contracts.ServiceLevel.Target(
                        io.klien.contracts.ServiceLevel.Priority.URGENT, firstResponseHours, resolutionHours))));
        io.klien.contracts.ContractView draft = as(staff, () -> contracts.draft(client, template.templateId(),
                new io.klien.contracts.ContractDraft("Support retainer", null, terms,
                        List.of(io.klien.contracts.SignatoryChoice.clientContact(contact)),
                        io.klien.contracts.SigningOrder.PARALLEL, java.time.LocalDate.of(2027, 1, 31))));
        system(() -> jdbc.update("update contract set status = 'ACTIVE', signed_at = now(), sent_at = now() where id = ?",
                draft.id()));
    }

    @Test
    void theServiceLevelOfTheClientsContractInForceSetsItsTargetsAheadOfItsOwnAndTheFirms() {
        as(admin, () -> serviceLevels.setForClient(client, SupportPriority.URGENT, SlaTargets.ofHours(4, 16)));
        contractPromisingUrgentIn(2, 6);
        clock.set(jakarta(11, 16, 30)); // Friday

        SupportRequestView urgent = raise(budi, client, SupportPriority.URGENT);
        assertThat(urgent.firstResponseDue()).isEqualTo(jakarta(14, 10, 30)); // 0:30 on Friday, 1:30 on Monday
        assertThat(urgent.resolutionDue()).isEqualTo(jakarta(14, 14, 30));
        assertThat(raise(budi, client, SupportPriority.NORMAL).firstResponseDue())
                .as("a priority the contract does not name keeps the firm's default").isEqualTo(jakarta(14, 12, 30));
        assertThat(raise(otherClientUser, otherClient, SupportPriority.URGENT).firstResponseDue())
                .as("another client's requests are not under this contract").isEqualTo(jakarta(14, 9, 30));
        assertThat(as(staff, () -> serviceLevels.forClient(client)).get(SupportPriority.URGENT))
                .isEqualTo(SlaTargets.ofHours(2, 6));
        assertThatThrownBy(() -> as(otherClientUser, () -> contracts.serviceLevelInForce(client)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void breachesAreRecordedByTheCheckAndAtTheMomentOfALateAction() {
        clock.set(jakarta(7, 9, 0)); // Monday
        SupportRequestView untouched = raise(budi, client, SupportPriority.URGENT);
        SupportRequestView lateReply = raise(budi, client, SupportPriority.URGENT);
        SupportRequestView onTime = raise(budi, client, SupportPriority.URGENT);
        SlaBreachCounts before = as(admin, () -> support.breachCounts());

        clock.set(jakarta(7, 9, 30));
        as(staff, () -> support.reply(onTime.id(), "We are on it"));
        clock.set(jakarta(7, 9, 59));
        assertThat(system(() -> support.recordBreaches())).isZero();

        clock.set(jakarta(7, 10, 15));
        as(staff, () -> support.reply(lateReply.id(), "Sorry for the wait"));
        assertThat(as(staff, () -> support.get(lateReply.id())).firstResponseBreachedAt())
                .isEqualTo(jakarta(7, 10, 0));

        clock.set(jakarta(7, 10, 30));
        assertThat(system(() -> support.recordBreaches())).isEqualTo(1);
        assertThat(system(() -> support.recordBreaches())).isZero();
        SupportRequestView checked = as(staff, () -> support.get(untouched.id()));
        assertThat(checked.firstResponseBreachedAt()).isEqualTo(jakarta(7, 10, 0));
        assertThat(checked.resolutionBreachedAt()).isNull();
        assertThat(as(staff, () -> support.get(onTime.id())).breached()).isFalse();

        clock.set(jakarta(8, 9, 30)); // Tuesday: the eight business hours of resolution ended Monday 17:00
        SupportRequestView resolvedLate = as(staff, () -> support.resolve(lateReply.id()));
        assertThat(resolvedLate.resolutionBreachedAt()).isEqualTo(jakarta(7, 17, 0));
        assertThat(events.stream(SupportRequestResolved.class)).anySatisfy(e -> {
            assertThat(e.requestId()).isEqualTo(lateReply.id());
            assertThat(e.tenantId()).isEqualTo(firm);
            assertThat(e.resolutionBreached()).isTrue();
        });

        SlaBreachCounts after = as(admin, () -> support.breachCounts());
        assertThat(after.firstResponse() - before.firstResponse()).isEqualTo(2);
        assertThat(after.resolution() - before.resolution()).isEqualTo(1);
        assertThat(as(staff, () -> support.queue(new SupportQueueFilter(Set.of(SupportState.OPEN), null, null, true),
                PageRequest.of(0, 100))).getContent()).extracting(SupportRequestView::id).contains(untouched.id())
                .doesNotContain(onTime.id(), lateReply.id());
    }

    @Test
    void reopeningResumesTheResolutionClockAndTheClientConfirmsToClose() {
        clock.set(jakarta(7, 9, 0)); // Monday; 16 business hours: due Tuesday 17:00
        SupportRequestView raised = raise(budi, client, SupportPriority.NORMAL);
        assertThat(raised.resolutionDue()).isEqualTo(jakarta(8, 17, 0));

        clock.set(jakarta(7, 11, 0)); // two hours used, fourteen left
        as(staff, () -> support.resolve(raised.id()));
        clock.set(jakarta(9, 9, 0)); // Wednesday
        SupportRequestView reopened = as(budi, () -> support.reopen(raised.id(), "Still wrong on page 2"));
        assertThat(reopened.state()).isEqualTo(SupportState.OPEN);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.resolutionDue()).isEqualTo(jakarta(10, 15, 0)); // 8h Wednesday + 6h Thursday
        assertThat(reopened.resolutionBreachedAt()).isNull();
        assertThat(as(budi, () -> support.messages(raised.id()))).extracting(SupportMessageView::body)
                .containsExactly("Still wrong on page 2");

        clock.set(jakarta(10, 14, 0));
        assertThat(as(staff, () -> support.resolve(raised.id())).resolutionBreachedAt()).isNull();
        SupportRequestView closed = as(budi, () -> support.confirm(raised.id()));
        assertThat(closed.state()).isEqualTo(SupportState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(jakarta(10, 14, 0));
        assertThatThrownBy(() -> as(budi, () -> support.reopen(raised.id(), "Again")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-resolved[");
        assertThatThrownBy(() -> as(budi, () -> support.reply(raised.id(), "Hello?")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.closed[");
        assertThatThrownBy(() -> as(staff, () -> support.resolve(raised.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-open[");
    }

    @Test
    void aClientUserOfAnotherClientReachesNothing() {
        clock.set(jakarta(7, 9, 0));
        SupportRequestView ofBudi = raise(budi, client, SupportPriority.HIGH);
        as(staff, () -> support.resolve(ofBudi.id()));

        assertThatThrownBy(() -> as(otherClientUser, () -> support.get(ofBudi.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThatThrownBy(() -> as(otherClientUser, () -> support.messages(ofBudi.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThatThrownBy(() -> as(otherClientUser, () -> support.reply(ofBudi.id(), "Mine now")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThatThrownBy(() -> as(otherClientUser, () -> support.confirm(ofBudi.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThatThrownBy(() -> as(otherClientUser, () -> support.reopen(ofBudi.id(), "No")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.not-found[");
        assertThatThrownBy(() -> as(otherClientUser, () -> support.ofClient(client)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> raise(otherClientUser, client, SupportPriority.LOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(budi, () -> support.queue(SupportQueueFilter.all(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(budi, () -> support.resolve(ofBudi.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(budi, () -> support.ofClient(client))).extracting(SupportRequestView::id).contains(ofBudi.id());
        assertThat(as(budi, () -> support.get(ofBudi.id())).state()).isEqualTo(SupportState.RESOLVED);
    }

    @Test
    void aClientRaisesWithAnAttachmentAndStaffAssignAndFilterTheQueue() {
        clock.set(jakarta(7, 9, 0));
        ReceivedUpload upload = as(budi, () -> documents.receive("screenshot.png", "image/png",
                new ByteArrayInputStream(PNG), SupportRequests.ATTACHMENTS));
        SupportRequestView raised;
        try (upload) {
            raised = as(budi, () -> support.raise(new NewSupportRequest(client, null, "Portal", SupportPriority.HIGH,
                    "The upload button does nothing"), List.of(upload)));
        }
        assertThat(raised.documentIds()).singleElement().satisfies(id -> assertThat(
                as(budi, () -> documents.find(id)).orElseThrow().owner().clientId()).isEqualTo(client));

        SupportRequestView assigned = as(staff, () -> support.assign(raised.id(), staff.subject()));
        assertThat(assigned.assignee()).isEqualTo(staff.subject());
        assertThatThrownBy(() -> as(staff, () -> support.assign(raised.id(), "stranger")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.team.not-a-colleague[");
        assertThat(as(staff, () -> support.queue(new SupportQueueFilter(Set.of(), SupportPriority.HIGH,
                staff.subject(), null), PageRequest.of(0, 50))).getContent())
                .extracting(SupportRequestView::id).containsExactly(raised.id());
        assertThatThrownBy(() -> as(budi, () -> support.raise(new NewSupportRequest(client, null, " ",
                SupportPriority.LOW, "x"), List.of())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.support.category-empty[");
    }

    @Test
    void theQueueTakesTheSameStatementsForAPageOfTwoAsForAPageOfTwenty() {
        clock.set(jakarta(7, 9, 0));
        for (int i = 0; i < 22; i++) {
            SupportRequestView r = raise(budi, client, i % 2 == 0 ? SupportPriority.LOW : SupportPriority.URGENT);
            if (i % 3 == 0) {
                as(staff, () -> support.assign(r.id(), staff.subject()));
            }
        }
        long small = statementsOf(() -> as(staff, () -> support.queue(SupportQueueFilter.all(),
                PageRequest.of(0, 2))));
        long large = statementsOf(() -> as(staff, () -> support.queue(SupportQueueFilter.all(),
                PageRequest.of(0, 20))));
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);

        List<SupportRequestView> page = as(staff, () -> support.queue(SupportQueueFilter.open(),
                PageRequest.of(0, 20))).getContent();
        assertThat(page).hasSize(20);
        assertThat(page.getFirst().priority()).isEqualTo(SupportPriority.URGENT);
        assertThat(page).extracting(SupportRequestView::priority).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theQueueShowsTheMostUrgentFirstThenTheSoonestDueWhateverOrderTheyCameIn() {
        List<SupportPriority> arriving = List.of(SupportPriority.NORMAL, SupportPriority.LOW, SupportPriority.URGENT,
                SupportPriority.HIGH, SupportPriority.LOW, SupportPriority.URGENT, SupportPriority.NORMAL,
                SupportPriority.HIGH);
        for (int i = 0; i < arriving.size(); i++) {
            clock.set(jakarta(7, 9, i));
            raise(budi, client, arriving.get(i));
        }
        for (SupportQueueFilter filter : List.of(SupportQueueFilter.all(), SupportQueueFilter.open())) {
            List<SupportRequestView> page = as(staff, () -> support.queue(filter, PageRequest.of(0, 20))).getContent();
            assertThat(page).extracting(SupportRequestView::priority).containsExactly(SupportPriority.URGENT,
                    SupportPriority.URGENT, SupportPriority.HIGH, SupportPriority.HIGH, SupportPriority.NORMAL,
                    SupportPriority.NORMAL, SupportPriority.LOW, SupportPriority.LOW);
            for (int i = 1; i < page.size(); i++) {
                if (page.get(i).priority() == page.get(i - 1).priority()) {
                    assertThat(page.get(i).resolutionDue()).as("the sooner due first")
                            .isAfterOrEqualTo(page.get(i - 1).resolutionDue());
                    assertThat(page.get(i).raisedAt()).isAfter(page.get(i - 1).raisedAt());
                }
            }
        }
    }

    long statementsOf(Runnable work) {
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
