package io.klien.clients.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientFilter;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientSummary;
import io.klien.clients.ClientView;
import io.klien.clients.ContactView;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.NormalizedName;
import io.klien.shared.PeopleDirectory;
import io.klien.shared.PersonRefs;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import io.klien.shared.search.SearchWords;
import io.klien.shared.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ClientSearchService implements ClientSearch {

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final EntityManager entityManager;
    private final SearchWords searchWords;
    private final JdbcClient jdbc;
    private final PeopleDirectory people;

    ClientSearchService(ClientRepository clients, ClientContactRepository contacts, EntityManager entityManager,
            SearchWords searchWords, JdbcClient jdbc, PeopleDirectory people) {
        this.clients = clients;
        this.contacts = contacts;
        this.entityManager = entityManager;
        this.searchWords = searchWords;
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public Page<ClientView> list(Pageable pageable) {
        return clients.findAllByOrderByNameAsc(pageable).map(Client::toView);
    }

    @Override
    public Slice<ClientView> search(@Nullable String text, Pageable pageable) {
        return slice(new ClientFilter(null, null, false, text), pageable)
                .map(Client::toView);
    }


    @Override
    public Slice<ClientSummary> list(ClientFilter filter, Pageable pageable) {
        Slice<Client> page = slice(filter, pageable);
        PersonRefs representatives = people.refs(page.map(Client::representativeSubject).getContent());
        return page.map(client -> client.toSummary(representatives));
    }

    @Override
    public long count(ClientFilter filter) {
        return clients.count(ClientQueries.matching(filter, searchWords.of(filter.text())));
    }

    @Override
    public List<String> tags(@Nullable String startingWith, int offset, int limit) {
        String prefix = startingWith == null ? "" : startingWith.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                        select distinct term from search_term
                        where kind = 'CLIENT_TAG' and term >= :prefix and term < :end
                        order by term offset :offset limit :limit""")
                .param("prefix", prefix).param("end", prefix.isEmpty() ? Character.toString(Character.MAX_CODE_POINT) : SearchTerms.endOfPrefix(prefix))
                .param("offset", Math.max(0, offset)).param("limit", Math.clamp(limit, 1, 100))
                .query(String.class).list();
    }

    private Slice<Client> slice(ClientFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("name", "id"));
        return clients.findBy(ClientQueries.matching(filter, searchWords.of(filter.text())), q -> q.slice(sorted));
    }


    @Override
    public List<DuplicateCandidate> possibleDuplicates(String name, @Nullable String email) {
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        if (email != null && !email.isBlank()) {
            contacts.findByEmailIgnoringCase(email.strip()).stream().limit(10).forEach(c -> found.putIfAbsent(c.id(),
                    contactCandidate(c, DuplicateCandidate.Match.EMAIL)));
        }
        String normalized = NormalizedName.of(name);
        if (!normalized.isEmpty()) {
            clients.findTop10ByNormalizedName(normalized).forEach(c -> found.putIfAbsent(c.id(), new DuplicateCandidate(
                    DuplicateCandidate.Kind.CLIENT, c.id(), c.id(), c.name(), null, DuplicateCandidate.Match.NAME)));
            contacts.findTop10ByNormalizedName(normalized).forEach(c -> found.putIfAbsent(c.id(),
                    contactCandidate(c, DuplicateCandidate.Match.NAME)));
        }
        return List.copyOf(found.values());
    }

    private static DuplicateCandidate contactCandidate(ClientContact c, DuplicateCandidate.Match match) {
        ContactView v = c.toView();
        return new DuplicateCandidate(DuplicateCandidate.Kind.CONTACT, v.id(), v.clientId(), v.name(), v.email(), match);
    }


    @Override
    public List<ClientView> findClients(SearchQuery search, int limit) {
        return SearchTerms.best(entityManager, Client.class, SearchKind.CLIENT, search, "name", Math.clamp(limit, 1, 100))
                .stream().map(Client::toView).toList();
    }

    @Override
    public List<ContactView> findContacts(SearchQuery search, int limit) {
        return SearchTerms.best(entityManager, ClientContact.class, SearchKind.CONTACT, search, "name",
                Math.clamp(limit, 1, 100)).stream().map(ClientContact::toView).toList();
    }

    @Override
    public List<DuplicateCandidate> findByNameWords(String name, int limitPerKind) {
        String words = NormalizedName.of(name);
        if (words.isEmpty()) {
            return List.of();
        }
        UUID tenant = TenantContext.requireTenantId();
        int limit = Math.clamp(limitPerKind, 1, 100);
        List<DuplicateCandidate> found = new ArrayList<>();
        clients.findByNameWords(tenant, words, limit).forEach(c -> found.add(new DuplicateCandidate(
                DuplicateCandidate.Kind.CLIENT, c.id(), c.id(), c.name(), null, DuplicateCandidate.Match.NAME)));
        contacts.findByNameWords(tenant, words, limit)
                .forEach(c -> found.add(contactCandidate(c, DuplicateCandidate.Match.NAME)));
        return found;
    }
}
