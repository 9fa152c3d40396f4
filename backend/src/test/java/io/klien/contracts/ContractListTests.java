package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff contracts list pages and filters in the database, and the dashboard counts see only the firm's own. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractListTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired TransactionTemplate tx;
    @Autowired ContractSigning signing;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    TwoFirms firms;
    SigningFixture ceremony;
    UUID contact;
    UUID template;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        contact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi@maju.test", null, "Director"), true).id());
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
    }

    private ContractView draft(UUID client, String title, LocalDate start, LocalDate end, SignatoryChoice who) {
        ContractTerms t = TermsRulesTests.goodTerms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(), Term.fixed(start, end), t.quotas(),
                t.penalties(), new Termination(0, null), true, false);
        return contracts.draft(client, template, new ContractDraft(title, null, terms, List.of(who),
                SigningOrder.PARALLEL, LocalDate.now().plusDays(30)));
    }

    @Test
    void theListPagesFiltersByStatusClientAndTitleWordsAndCountsTheSame() {
        String word = "Retainer " + UUID.randomUUID().toString().substring(0, 6);
        firms.as(firms.staffOfA(), () -> {
            for (int i = 0; i < 3; i++) {
                draft(firms.clientA1, word + " " + i, LocalDate.now(), LocalDate.now().plusYears(1),
                        SignatoryChoice.clientContact(contact));
            }
            contracts.send(draft(firms.clientA1, word + " sent", LocalDate.now(), LocalDate.now().plusYears(1),
                    SignatoryChoice.clientContact(contact)).id());
            return null;
        });

        List<ContractSummary> firstPage = firms.as(firms.staffOfA(), () -> contracts.list(
                new ContractFilter(null, null, word.toLowerCase()), PageRequest.of(0, 2)));
        List<ContractSummary> secondPage = firms.as(firms.staffOfA(), () -> contracts.list(
                new ContractFilter(null, null, word), PageRequest.of(1, 2)));

        assertThat(firstPage).hasSize(2).allSatisfy(c -> assertThat(c.clientName()).isNotBlank());
        assertThat(secondPage).hasSize(2).doesNotContainAnyElementsOf(firstPage);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, word))))
                .isEqualTo(4);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(ContractStatus.SENT,
                firms.clientA1, word)))).isEqualTo(1);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, firms.clientA2, word))))
                .isZero();
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, "%"))))
                .as("a percent sign is text, not a wildcard").isZero();
        assertThat(firms.as(firms.adminOfB(), () -> contracts.count(new ContractFilter(null, null, word))))
                .as("another firm sees none of them").isZero();
    }

    @Test
    void theDashboardCountsContractsAwaitingSignatureAndInForceEndingWithinTheDays() {
        long awaiting = firms.as(firms.staffOfA(), () -> contracts.countAwaitingSignature());
        long expiring = firms.as(firms.staffOfA(), () -> contracts.countExpiringWithin(60));
        long otherFirm = firms.as(firms.adminOfB(), () -> contracts.countAwaitingSignature());

        firms.as(firms.staffOfA(), () -> contracts.send(draft(firms.clientA1, "Awaiting", LocalDate.now(),
                LocalDate.now().plusYears(1), SignatoryChoice.clientContact(contact)).id()));
        for (LocalDate end : List.of(LocalDate.now().plusDays(20), LocalDate.now().plusDays(120))) {
            ContractView d = firms.as(firms.staffOfA(), () -> contracts.send(draft(firms.clientA1, "Ending",
                    LocalDate.now().minusDays(200), end, SignatoryChoice.firmMember(firms.staffA)).id()));
            ceremony.sign(firms.staffOfA(), d.id(), d.signatories().getFirst().id(), "Staff A");
        }

        assertThat(firms.as(firms.staffOfA(), () -> contracts.countAwaitingSignature())).isEqualTo(awaiting + 1);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.countExpiringWithin(60))).isEqualTo(expiring + 1);
        assertThat(firms.as(firms.adminOfB(), () -> contracts.countAwaitingSignature())).isEqualTo(otherFirm);
    }
}
