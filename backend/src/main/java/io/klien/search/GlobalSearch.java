package io.klien.search;

import io.klien.clients.Clients;
import io.klien.leads.Leads;
import io.klien.shared.tenant.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches leads, clients and contacts by name, email and organization for staff (trigram indexes in PostgreSQL). */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    private final Clients clients;
    private final Leads leads;

    GlobalSearch(Clients clients, Leads leads) {
        this.clients = clients;
        this.leads = leads;
    }

    /** At most {@code limitPerKind} (1 to 100) hits of each kind; nothing for fewer than two characters. */
    public SearchResults search(String text, int limitPerKind) {
        TenantContext.requireRole("TENANT_ADMIN", "STAFF");
        return new SearchResults(
                clients.findClients(text, limitPerKind).stream()
                        .map(c -> new SearchHit(SearchHit.Kind.CLIENT, c.id(), c.id(), c.name(), null)).toList(),
                clients.findContacts(text, limitPerKind).stream()
                        .map(c -> new SearchHit(SearchHit.Kind.CONTACT, c.id(), c.clientId(), c.name(), c.email())).toList(),
                leads.find(text, limitPerKind).stream()
                        .map(l -> new SearchHit(SearchHit.Kind.LEAD, l.id(), l.clientId(), l.name(),
                                l.organization() != null ? l.organization() : l.email()))
                        .toList());
    }
}
