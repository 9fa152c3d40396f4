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
    void theSearchColumnsHaveTrigramIndexes() {
        List<String> indexes = jdbc.queryForList("""
                select indexname from pg_indexes
                where indexdef like '%gin_trgm_ops%' and tablename in ('client', 'client_contact', 'lead')""", String.class);

        assertThat(indexes).contains("client_name_trgm_ix", "client_contact_name_trgm_ix", "client_contact_email_trgm_ix",
                "lead_name_trgm_ix", "lead_email_trgm_ix", "lead_organization_trgm_ix");
    }
}
