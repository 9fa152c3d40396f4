package io.klien.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
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

/** Lead read models name their owners and activity authors, looked up once per page. */
@SpringBootTest
class LeadPeopleNamesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Leads leads;
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

    LeadView create(String name, String owner) {
        return staff(() -> leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null,
                LeadSource.REFERRAL, null, BigDecimal.ONE, "IDR", owner, null, null), true));
    }

    @Test
    void aLeadNamesItsOwnerAndItsActivitiesTheirAuthor() {
        LeadView lead = create("Owned " + UUID.randomUUID(), firms.adminA);
        staff(() -> leads.logActivity(lead.id(), ActivityType.NOTE, null, "Called them"));

        assertThat(lead.owner()).isEqualTo(new PersonRef(firms.adminA, "Admin A"));
        assertThat(staff(() -> leads.get(lead.id())).owner()).isEqualTo(new PersonRef(firms.adminA, "Admin A"));
        assertThat(staff(() -> leads.activities(lead.id(), Pageable.ofSize(10)).getContent()))
                .filteredOn(a -> a.type() == ActivityType.NOTE).singleElement()
                .satisfies(a -> assertThat(a.author()).isEqualTo(new PersonRef(firms.staffA, "Staff A")));
    }

    @Test
    void anOwnerTheFirmNoLongerKnowsIsAFormerColleagueNotAnId() {
        String gone = "gone-" + UUID.randomUUID();
        LeadView lead = create("Orphan " + UUID.randomUUID(), gone);

        assertThat(lead.owner()).isNotNull().satisfies(owner -> {
            assertThat(owner.known()).isFalse();
            assertThat(owner.nameOr("Former colleague")).isEqualTo("Former colleague");
        });
    }

    @Test
    void aPageOfLeadsAndTheBoardNameTheirOwnersWithTheSameStatementsForTwoRowsAsForEight() {
        String marker = "Counted" + UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String subject = "owner-" + UUID.randomUUID();
            String name = "Owner " + i;
            firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@a.test", name,
                    FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
            names.add(name);
            create(marker + " " + i, subject);
        }
        LeadFilter filter = new LeadFilter(null, null, false, false, marker);

        long pageOfTwo = statementsFor(() -> staff(() -> leads.list(filter, PageRequest.of(0, 2, Sort.by("name")))));
        List<LeadView> page = new ArrayList<>();
        long pageOfEight = statementsFor(() -> page.addAll(staff(() -> leads.list(filter,
                PageRequest.of(0, 8, Sort.by("name"))).getContent())));
        long boardOfTwo = statementsFor(() -> staff(() -> leads.board(filter, PageRequest.of(0, 2))));
        List<BoardColumn> board = new ArrayList<>();
        long boardOfEight = statementsFor(() -> board.addAll(staff(() -> leads.board(filter, PageRequest.of(0, 8)))));

        assertThat(page).extracting(l -> l.owner().name()).containsExactlyElementsOf(names);
        assertThat(pageOfEight).isEqualTo(pageOfTwo);
        assertThat(board.getFirst().leads().getContent()).extracting(l -> l.owner().name())
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(boardOfEight).isEqualTo(boardOfTwo);
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
