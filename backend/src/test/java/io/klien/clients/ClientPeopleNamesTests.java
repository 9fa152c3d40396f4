package io.klien.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.shared.FirmRole;
import io.klien.shared.PersonRef;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/** Client read models name the people on them (representative, account team, timeline authors), one lookup a page. */
@SpringBootTest
class ClientPeopleNamesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManagerFactory emf;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    String colleague(String name) {
        String subject = "colleague-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@a.test", name,
                FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        return subject;
    }

    @Test
    void theProfileNamesTheRepresentativeAndTheAccountTeamAndKnowsNobodyOfAnotherFirm() {
        String former = "gone-" + UUID.randomUUID();
        staff(() -> clientContacts.assignRepresentative(firms.clientA1, firms.staffA));
        staff(() -> clientContacts.addToAccountTeam(firms.clientA1, firms.adminA));
        staff(() -> clientContacts.addToAccountTeam(firms.clientA1, former));
        staff(() -> clientContacts.addToAccountTeam(firms.clientA1, firms.adminB));

        ClientProfile profile = staff(() -> clients.profile(firms.clientA1));

        assertThat(profile.representative()).isEqualTo(new PersonRef(firms.staffA, "Staff A"));
        assertThat(profile.representativeSubject()).isEqualTo(firms.staffA);
        assertThat(profile.accountTeam()).extracting(PersonRef::subject)
                .containsExactlyInAnyOrder(firms.adminA, former, firms.adminB);
        assertThat(profile.accountTeam()).filteredOn(PersonRef::known).extracting(PersonRef::name)
                .containsExactly("Admin A");
        assertThat(profile.accountTeam()).filteredOn(p -> !p.known()).extracting(p -> p.nameOr("former"))
                .containsExactly("former", "former");
    }

    @Test
    void aPageOfClientsNamesItsRepresentativesWithTheSameStatementsForTwoRowsAsForEight() {
        List<String> names = new ArrayList<>();
        String marker = "Counted " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 8; i++) {
            String name = "Rep " + i;
            String subject = colleague(name);
            names.add(name);
            String clientName = marker + " " + i;
            UUID client = staff(() -> clients.create(clientName, ClientKind.ORGANIZATION).id());
            staff(() -> clientContacts.assignRepresentative(client, subject));
        }
        ClientFilter filter = new ClientFilter(null, null, false, marker, null);

        long pageOfTwo = statementsFor(() -> staff(() -> clientSearch.list(filter, PageRequest.of(0, 2, Sort.by("name")))));
        List<ClientSummary> page = new ArrayList<>();
        long pageOfEight = statementsFor(() -> page.addAll(staff(() -> clientSearch.list(filter,
                PageRequest.of(0, 8, Sort.by("name"))).getContent())));

        assertThat(page).hasSize(8);
        assertThat(page).extracting(c -> c.representative().name()).containsExactlyElementsOf(names);
        assertThat(pageOfEight).isEqualTo(pageOfTwo);
    }

    @Test
    void theTimelineNamesItsAuthorsAndLeavesTheSystemUnnamed() {
        staff(() -> {
            clients.addToTimeline(firms.clientA1, List.of(
                    new TimelineEntry("NOTE", java.time.Instant.parse("2026-01-01T10:00:00Z"), firms.adminA, "Called", null),
                    new TimelineEntry("NOTE", java.time.Instant.parse("2026-01-02T10:00:00Z"), null, "Imported", null)));
            return null;
        });

        List<TimelineEntryView> timeline = staff(() -> clients.timeline(firms.clientA1, Pageable.ofSize(10)).getContent());

        assertThat(timeline).extracting(TimelineEntryView::text).containsExactly("Imported", "Called");
        assertThat(timeline.getFirst().author()).isNull();
        assertThat(timeline.getLast().author()).isEqualTo(new PersonRef(firms.adminA, "Admin A"));
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
