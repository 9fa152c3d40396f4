package io.klien.search;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;

import io.klien.clients.ClientSearch;
import io.klien.leads.Leads;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches leads, clients and contacts by the beginnings of words of their name, email and organization, for staff. */
@Service
@Transactional(readOnly = true)
@FirmRoles({TENANT_ADMIN, STAFF})
public class GlobalSearch {

    private final ClientSearch clients;
    private final Leads leads;
    private final SearchWords searchWords;

    GlobalSearch(ClientSearch clients, Leads leads, SearchWords searchWords) {
        this.clients = clients;
        this.leads = leads;
        this.searchWords = searchWords;
    }

    /** At most {@code limitPerKind} (1 to 100) hits of each kind; nothing for fewer than two characters. */
    public SearchResults search(String text, int limitPerKind) {
        SearchQuery query = searchWords.of(text);
        if (query == null) {
            return new SearchResults(List.of(), List.of(), List.of());
        }
        return new SearchResults(
                clients.findClients(query, limitPerKind).stream()
                        .map(c -> new SearchHit(SearchHit.Kind.CLIENT, c.id(), c.id(), c.name(), null)).toList(),
                clients.findContacts(query, limitPerKind).stream()
                        .map(c -> new SearchHit(SearchHit.Kind.CONTACT, c.id(), c.clientId(), c.name(), c.email())).toList(),
                leads.find(query, limitPerKind).stream()
                        .map(l -> new SearchHit(SearchHit.Kind.LEAD, l.id(), l.clientId(), l.name(),
                                l.organization() != null ? l.organization() : l.email()))
                        .toList());
    }
}
