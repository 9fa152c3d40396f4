package io.klien.search;

import java.util.List;

/** What a global search found, grouped by kind, each group best match first. */
public record SearchResults(List<SearchHit> clients, List<SearchHit> contacts, List<SearchHit> leads) {

    public boolean isEmpty() {
        return clients.isEmpty() && contacts.isEmpty() && leads.isEmpty();
    }
}
