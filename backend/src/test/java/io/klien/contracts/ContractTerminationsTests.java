package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The termination quote on PostgreSQL: the fee the terms make due and the notice shortfall from the firm's today. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTerminationsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractTerminations terminations;
    @Autowired FirmTime time;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;
    UUID contact;
    UUID template;
    LocalDate today;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        contact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi@maju.test", null, "Director"), true).id());
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        today = time.today(firms.firmA);
    }

    /** A contract signed by the firm's staff member alone, in force from today, 30 days' notice, fee 15 000 000 IDR. */
    ContractView signed() {
        ContractTerms t = TermsRulesTests.goodTerms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(),
                Term.fixed(today, today.plusYears(1)), t.quotas(), t.penalties(),
                new Termination(30, Money.of(15_000_000, "IDR")), true, false);
        return firms.as(firms.staffOfA(), () -> {
            ContractView draft = contracts.draft(firms.clientA1, template, new ContractDraft(null, null, terms,
                    List.of(SignatoryChoice.firmMember(firms.staffA)), SigningOrder.PARALLEL, today.plusDays(30)));
            ContractView sent = contracts.send(draft.id());
            return contracts.sign(sent.id(), sent.signatories().getFirst().id());
        });
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
}
