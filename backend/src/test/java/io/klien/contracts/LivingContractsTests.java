package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ContractEventsProbe;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Living contracts on PostgreSQL: status over the calendar (with the firm's day given), renewals that roll an
 * auto-renewing term, and the termination quote (fee, notice shortfall from the firm's today).
 */
@RecordApplicationEvents
@Import(ContractEventsProbe.class)
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivingContractsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractTerminations terminations;
    @Autowired FirmTime time;
    @Autowired TransactionTemplate tx;
    @Autowired ContractSigning signing;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ContractLifecycle lifecycle;
    @Autowired ContractRenewals renewals;
    @Autowired ContractEventsProbe probe;
    @Autowired ApplicationEvents events;

    TwoFirms firms;
    SigningFixture ceremony;
    UUID contact;
    UUID template;
    LocalDate today;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        contact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi@maju.test", null, "Director"), true).id());
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        today = time.today(firms.firmA);
    }

    /** A contract signed by the firm's staff member alone, in force from today, 30 days' notice, fee 15 000 000 IDR. */
    ContractView signed() {
        return signed(Term.fixed(today, today.plusYears(1)));
    }

    ContractView signed(Term term) {
        ContractTerms t = TermsRulesTests.goodTerms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(), term, t.quotas(), t.penalties(),
                new Termination(30, Money.of(15_000_000, "IDR")), true, false);
        ContractView sent = firms.as(firms.staffOfA(), () -> {
            ContractView draft = contracts.draft(firms.clientA1, template, new ContractDraft(null, null, terms,
                    List.of(SignatoryChoice.firmMember(firms.staffA)), SigningOrder.PARALLEL, today.plusDays(30)));
            return contracts.send(draft.id());
        });
        return ceremony.sign(firms.staffOfA(), sent.id(), sent.signatories().getFirst().id(), "Staff A");
    }

    @Test
    void aQuoteGivesTheFeeAndSaysHowManyDaysOfNoticeAreMissing() {
        ContractView contract = signed();
        assertThat(contract.status().inForce()).isTrue();

        TerminationQuote early = firms.as(firms.staffOfA(),
                () -> terminations.terminationQuote(contract.id(), today.plusDays(10)));
        assertThat(early.noticeDays()).isEqualTo(30);
        assertThat(early.earliestWithFullNotice()).isEqualTo(today.plusDays(30));
        assertThat(early.shortfallDays()).isEqualTo(20);
        assertThat(early.noticeMet()).isFalse();
        assertThat(early.fee()).isEqualTo(Money.of(15_000_000, "IDR"));
        assertThat(early.quotedOn()).isEqualTo(today);

        TerminationQuote inTime = firms.as(firms.staffOfA(),
                () -> terminations.terminationQuote(contract.id(), today.plusDays(45)));
        assertThat(inTime.shortfallDays()).isZero();
        assertThat(inTime.noticeMet()).isTrue();
    }

    @Test
    void aDateInThePastOrAContractNotInForceIsRefused() {
        ContractView contract = signed();
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> terminations.terminationQuote(contract.id(), today.minusDays(1))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.terminate.effective-past"));

        firms.as(firms.staffOfA(), () -> contracts.terminate(contract.id(), "Client closed", today.plusDays(30)));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> terminations.terminationQuote(contract.id(), today.plusDays(40))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.terminate.not-in-force"));
    }

    @Test
    void anotherFirmCannotQuoteTheContractAndClientUsersMayNotAsk() {
        ContractView contract = signed();
        assertThatThrownBy(() -> firms.as(firms.adminOfB(),
                () -> terminations.terminationQuote(contract.id(), today.plusDays(40))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.not-found"));
        assertThatThrownBy(() -> firms.as(io.klien.shared.tenant.TenantContext.Scope.member(firms.firmA,
                "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false),
                () -> terminations.terminationQuote(contract.id(), today.plusDays(40))))
                .isInstanceOf(AccessDeniedException.class);
    }

    ContractStatus statusOn(ContractView contract, LocalDate day) {
        firms.asSystem(firms.firmA, () -> lifecycle.advance(firms.firmA, day));
        return firms.as(firms.staffOfA(), () -> contracts.get(contract.id())).status();
    }

    @Test
    void aFixedTermGoesFromActiveToExpiringToExpired() {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.fixed(today, end));
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);

        assertThat(statusOn(contract, end.minusDays(61))).isEqualTo(ContractStatus.ACTIVE);
        assertThat(statusOn(contract, end.minusDays(60))).isEqualTo(ContractStatus.EXPIRING);
        assertThat(statusOn(contract, end)).isEqualTo(ContractStatus.EXPIRING);
        assertThat(statusOn(contract, end.plusDays(1))).isEqualTo(ContractStatus.EXPIRED);
        assertThat(events.stream(ContractRenewed.class).filter(e -> e.contractId().equals(contract.id()))).isEmpty();
    }

    @Test
    void aSignedContractBecomesActiveWhenItsStartArrives() {
        LocalDate start = today.plusDays(5);
        ContractView contract = signed(Term.fixed(start, start.plusYears(1)));
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);

        assertThat(statusOn(contract, start.minusDays(1))).isEqualTo(ContractStatus.SIGNED);
        assertThat(statusOn(contract, start)).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void anAutoRenewingTermRollsOverPastItsNoticeDeadlineAndPublishesTheRenewal() {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.autoRenewing(today, end, 12, 30));
        LocalDate deadline = end.minusDays(30);

        assertThat(statusOn(contract, deadline.minusDays(60))).isEqualTo(ContractStatus.EXPIRING);
        assertThat(statusOn(contract, deadline)).isEqualTo(ContractStatus.EXPIRING);
        assertThat(events.stream(ContractRenewed.class).filter(e -> e.contractId().equals(contract.id()))).isEmpty();

        assertThat(statusOn(contract, deadline.plusDays(1))).isEqualTo(ContractStatus.ACTIVE);
        assertThat(events.stream(ContractRenewed.class).filter(e -> e.contractId().equals(contract.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.tenantId()).isEqualTo(firms.firmA);
                    assertThat(e.newEnd()).isEqualTo(end.plusMonths(12));
                });
        assertThat(statusOn(contract, deadline.plusDays(2))).isEqualTo(ContractStatus.ACTIVE);
        assertThat(events.stream(ContractRenewed.class).filter(e -> e.contractId().equals(contract.id())))
                .hasSize(1);
    }

    @Test
    void aTerminatedAutoRenewingContractDoesNotRollOver() {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.autoRenewing(today, end, 12, 30));
        firms.as(firms.staffOfA(), () -> contracts.terminate(contract.id(), "Not renewing", end));

        assertThat(statusOn(contract, end.plusDays(1))).isEqualTo(ContractStatus.TERMINATED);
        assertThat(events.stream(ContractRenewed.class).filter(e -> e.contractId().equals(contract.id()))).isEmpty();
    }

    @Test
    void aRenewalIsTheNextVersionWithTheTermMovedToTheNextPeriod() {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.autoRenewing(today, end, 12, 30));

        ContractView renewal = firms.as(firms.staffOfA(), () -> renewals.draftRenewal(contract.id()));

        assertThat(renewal.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(renewal.lineageId()).isEqualTo(contract.lineageId());
        assertThat(renewal.revision()).isEqualTo(contract.revision() + 1);
        assertThat(renewal.terms().term()).isEqualTo(Term.autoRenewing(end.plusDays(1), end.plusMonths(12), 12, 30));
        assertThat(renewal.terms().fee()).isEqualTo(contract.terms().fee());
        assertThat(renewal.signatories()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SignatoryStatus.PENDING);
            assertThat(s.name()).isEqualTo(contract.signatories().getFirst().name());
        });

        LocalDate fixedEnd = today.plusMonths(6);
        ContractView fixed = signed(Term.fixed(today, fixedEnd));
        assertThat(firms.as(firms.staffOfA(), () -> renewals.draftRenewal(fixed.id())).terms().term())
                .isEqualTo(Term.fixed(fixedEnd.plusDays(1), fixedEnd.plusMonths(6)));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> renewals.draftRenewal(renewal.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.renew.not-renewable"));
    }

    @Test
    void aListenerInAnotherModuleReceivesSignedRenewedAndTerminatedWithTheTenant() throws InterruptedException {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.autoRenewing(today, end, 12, 30));
        firms.asSystem(firms.firmA, () -> lifecycle.advance(firms.firmA, end.minusDays(29)));
        firms.as(firms.staffOfA(), () -> contracts.terminate(contract.id(), "Moving on", end.plusMonths(6)));

        List<ContractEvent> mine = List.of();
        for (int i = 0; i < 100 && mine.size() < 3; i++) {
            Thread.sleep(100);
            mine = probe.received().stream().map(ContractEvent.class::cast)
                    .filter(e -> e.contractId().equals(contract.id())).toList();
        }
        assertThat(mine).hasSize(3).extracting(Object::getClass).containsExactlyInAnyOrder(ContractSigned.class,
                ContractRenewed.class, ContractTerminated.class);
        assertThat(mine).allSatisfy(e -> assertThat(e.tenantId()).isEqualTo(firms.firmA));
    }
}
