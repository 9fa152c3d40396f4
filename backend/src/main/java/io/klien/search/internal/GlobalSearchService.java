package io.klien.search.internal;

import java.util.List;

import io.klien.clients.ClientSearch;
import io.klien.leads.Leads;
import io.klien.search.GlobalSearch;
import io.klien.search.SearchHit;
import io.klien.search.SearchResults;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GlobalSearchService implements GlobalSearch {

    private final ClientSearch clients;
    private final Leads leads;
    private final SearchWords searchWords;

    GlobalSearchService(ClientSearch clients, Leads leads, SearchWords searchWords) {
        this.clients = clients;
        this.leads = leads;
        this.searchWords = searchWords;
    }

    @Override
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
