package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientChanges;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff contracts list pages and filters in the database with the same statements whatever the page size, and
 * the dashboard counts see only the firm's own.
 */
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
    @Autowired EntityManagerFactory emf;

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
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, "%%"))))
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

    @Test
    void aPageOfTwentyFiveContractsWithThreeSignatoriesEachTakesTheStatementsOfAPageOfOne() {
        String word = "Counted" + UUID.randomUUID().toString().substring(0, 6);
        UUID second = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Sari Wijaya", "sari@maju.test", null, "Finance"), false).id());
        firms.as(firms.staffOfA(), () -> {
            for (int i = 0; i < 25; i++) {
                ContractTerms t = TermsRulesTests.goodTerms();
                contracts.draft(firms.clientA1, template, new ContractDraft(word + " engagement " + i, null, t,
                        List.of(SignatoryChoice.clientContact(contact), SignatoryChoice.clientContact(second),
                                SignatoryChoice.firmMember(firms.staffA)),
                        SigningOrder.SEQUENTIAL, LocalDate.now().plusDays(30)));
            }
            return null;
        });
        ContractFilter filter = new ContractFilter(null, null, word);

        long pageOfOne = statementsFor(() -> firms.as(firms.staffOfA(), () -> contracts.list(filter, PageRequest.of(0, 1))));
        List<ContractSummary> page = new ArrayList<>();
        long pageOfTwentyFive = statementsFor(() -> page.addAll(firms.as(firms.staffOfA(),
                () -> contracts.list(filter, PageRequest.of(0, 25)))));

        assertThat(page).hasSize(25).allSatisfy(c -> {
            assertThat(c.signatories()).isEqualTo(3);
            assertThat(c.clientName()).isNotBlank();
        });
        assertThat(pageOfOne).as("page, signatories and client names: one query each").isEqualTo(3);
        assertThat(pageOfTwentyFive).isEqualTo(pageOfOne);
    }

    @Test
    void theListShowsHowFarTheSignatoriesAreAndWhoIsNext() {
        String word = "Progress" + UUID.randomUUID().toString().substring(0, 6);
        UUID second = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Rina Halim", "rina@maju.test", null, "Legal"), false).id());
        ContractView d = firms.as(firms.staffOfA(), () -> contracts.send(contracts.draft(firms.clientA1, template,
                new ContractDraft(word, null, TermsRulesTests.goodTerms(), List.of(SignatoryChoice.firmMember(
                        firms.staffA), SignatoryChoice.clientContact(second)), SigningOrder.SEQUENTIAL,
                        LocalDate.now().plusDays(30))).id()));
        ceremony.sign(firms.staffOfA(), d.id(), d.signatories().getFirst().id(), "Staff A");

        ContractSummary row = firms.as(firms.staffOfA(), () -> contracts.list(new ContractFilter(null, null, word),
                PageRequest.of(0, 10))).getFirst();

        assertThat(row.status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThat(row.signed()).isEqualTo(1);
        assertThat(row.signatories()).isEqualTo(2);
        assertThat(row.waitingFor()).isEqualTo("Rina Halim");
    }

    @Test
    void theTextFindsContractsByTheirClientsNameAlsoAfterARename() {
        String name = "Zephyr" + UUID.randomUUID().toString().substring(0, 6);
        String renamed = "Aurora" + UUID.randomUUID().toString().substring(0, 6);
        UUID client = firms.as(firms.staffOfA(), () -> clients.create(name + " Trading PT", ClientKind.ORGANIZATION).id());
        UUID person = firms.as(firms.staffOfA(), () -> clientContacts.addContact(client,
                new ContactDetails("Dewi Kusuma", "dewi@zephyr.test", null, "Director"), true).id());
        firms.as(firms.staffOfA(), () -> draft(client, "Bookkeeping services", LocalDate.now(),
                LocalDate.now().plusYears(1), SignatoryChoice.clientContact(person)));

        assertThat(firms.as(firms.staffOfA(), () -> contracts.list(new ContractFilter(null, null,
                name.toLowerCase() + " bookkeep"), PageRequest.of(0, 10)))).singleElement()
                .satisfies(c -> assertThat(c.clientName()).isEqualTo(name + " Trading PT"));
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null,
                name + " payroll")))).as("every word must match").isZero();

        firms.as(firms.staffOfA(), () -> {
            ClientProfile p = clients.profile(client);
            return clients.updateProfile(client, p.version(), new ClientChanges(renamed + " Trading PT",
                    ClientKind.ORGANIZATION, null, false, List.of(), List.of(), null));
        });

        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, renamed))))
                .isEqualTo(1);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, name)))).isZero();
        assertThat(firms.as(firms.adminOfB(), () -> contracts.count(new ContractFilter(null, null, renamed))))
                .as("another firm sees none of them").isZero();
    }

    @Test
    void theWindowFindsContractsInForceWhoseTermEndsWithinTheDaysAndSortsStably() {
        String word = "Window" + UUID.randomUUID().toString().substring(0, 6);
        for (int days : List.of(20, 45, 120)) {
            ContractView d = firms.as(firms.staffOfA(), () -> contracts.send(draft(firms.clientA1, word + " " + days,
                    LocalDate.now().minusDays(200), LocalDate.now().plusDays(days),
                    SignatoryChoice.firmMember(firms.staffA)).id()));
            ceremony.sign(firms.staffOfA(), d.id(), d.signatories().getFirst().id(), "Staff A");
        }
        firms.as(firms.staffOfA(), () -> draft(firms.clientA1, word + " draft", LocalDate.now(),
                LocalDate.now().plusDays(10), SignatoryChoice.clientContact(contact)));

        List<ContractSummary> ending = firms.as(firms.staffOfA(), () -> contracts.list(
                new ContractFilter(null, null, word, 60), PageRequest.of(0, 10, Sort.by("title"))));

        assertThat(ending).extracting(ContractSummary::title).containsExactly(word + " 20", word + " 45");
        assertThat(ending.getFirst().endsOn()).isEqualTo(LocalDate.now().plusDays(20));
        assertThat(firms.as(firms.staffOfA(), () -> contracts.count(new ContractFilter(null, null, word, 60))))
                .isEqualTo(2);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> contracts.count(
                new ContractFilter(null, null, word, -1)))).isInstanceOf(DomainException.class);
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
