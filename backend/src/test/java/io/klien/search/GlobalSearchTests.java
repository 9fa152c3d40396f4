package io.klien.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.NewClient;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.Leads;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class GlobalSearchTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Leads leads;
    @Autowired GlobalSearch search;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    String word;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        word = "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    @Test
    void findsClientsContactsAndLeadsByNameEmailAndOrganization() {
        UUID client = staff(() -> clients.create(new NewClient("Studio " + word, ClientKind.ORGANIZATION,
                new ContactDetails("Agus Salim", "agus@" + word + ".test", null, null), null, true))).id();
        UUID lead = staff(() -> leads.create(new LeadDetails("Putri", ClientKind.ORGANIZATION, "Toko " + word, null, null,
                LeadSource.WEBSITE, null, null, null, null, null, null), true)).id();

        SearchResults found = staff(() -> search.search(word.toUpperCase(), 10));

        assertThat(found.clients()).extracting(SearchHit::id).containsExactly(client);
        assertThat(found.contacts()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Agus Salim");
            assertThat(c.clientId()).isEqualTo(client);
        });
        assertThat(found.leads()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(lead);
            assertThat(l.detail()).isEqualTo("Toko " + word);
        });
        assertThat(staff(() -> search.search("agus salim", 10)).contacts()).extracting(SearchHit::title).contains("Agus Salim");
    }

    @Test
    void theBestMatchComesFirstAndWildcardsAreTakenLiterally() {
        staff(() -> clients.create(new NewClient("Kantor " + word + " Hukum Dan Rekan Sejawat", ClientKind.ORGANIZATION,
                null, null, true)));
        UUID exact = staff(() -> clients.create(new NewClient(word + " Law", ClientKind.ORGANIZATION, null, null, true))).id();

        assertThat(staff(() -> search.search(word + " law", 10)).clients()).extracting(SearchHit::id).first().isEqualTo(exact);
        assertThat(staff(() -> search.search("%_%", 10)).isEmpty()).isTrue();
        assertThat(staff(() -> search.search("z", 10)).isEmpty()).isTrue();
    }

    @Test
    void anotherFirmFindsNothingAndClientUsersMayNotSearch() {
        staff(() -> clients.create(new NewClient("Secret " + word, ClientKind.ORGANIZATION, null, null, true)));
        Scope clientUser = Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);

        assertThat(firms.as(firms.adminOfB(), () -> search.search(word, 10)).isEmpty()).isTrue();
        assertThatThrownBy(() -> firms.as(clientUser, () -> search.search(word, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void underRowLevelSecurityTheWordPrefixIsAnIndexRangeNotAFilter() {
        String plan = firms.asSystem(firms.firmA, () -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("""
                    explain select entity_id from search_term
                    where kind = 'CLIENT' and term >= 'maj' and term < 'mak'""", String.class));
        });

        assertThat(plan).as("the tenant policy and the prefix range both reach the index")
                .containsPattern("Index Cond: .*tenant_id = .*term >= 'maj'.*term < 'mak'")
                .doesNotContain("Filter:");
    }

    @Test
    void searchTermsFollowEveryWritePath() {
        UUID client = staff(() -> clients.create(new NewClient("Térm " + word, ClientKind.ORGANIZATION,
                new ContactDetails("Dewi Lestari", "dewi@" + word + ".test", null, null), null, true))).id();

        List<String> terms = firms.asSystem(firms.firmA, () -> jdbc.queryForList(
                "select kind || ':' || term from search_term where entity_id in (?, (select id from client_contact where client_id = ?))"
                        + " order by 1", String.class, client, client));

        assertThat(terms).containsExactly("CLIENT:term", "CLIENT:" + word.toLowerCase(java.util.Locale.ROOT),
                "CONTACT:dewi", "CONTACT:lestari", "CONTACT:test", "CONTACT:" + word.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anotherFirmCanNeitherReadNorWriteThisFirmsSearchTerms() {
        UUID client = staff(() -> clients.create(new NewClient("Hidden " + word, ClientKind.ORGANIZATION, null, null, true))).id();

        assertThat(firms.asSystem(firms.firmB, () -> jdbc.queryForObject(
                "select count(*) from search_term where entity_id = ?", Integer.class, client))).isZero();
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from search_term where entity_id = ?", Integer.class, client))).isEqualTo(2);
        assertThatThrownBy(() -> firms.asSystem(firms.firmB, () -> jdbc.update(
                "insert into search_term (tenant_id, kind, entity_id, term) values (?, 'CLIENT', ?, 'planted')",
                firms.firmA, client)))
                .hasRootCauseMessage("ERROR: new row violates row-level security policy for table \"search_term\"");
    }
}
