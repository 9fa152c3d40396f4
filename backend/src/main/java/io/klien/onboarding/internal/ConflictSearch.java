package io.klien.onboarding.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientSearch;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.ConflictHit.Match;
import io.klien.onboarding.ConflictHit.Source;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.NormalizedName;
import io.klien.shared.tenant.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Searches the firm's clients, contacts, leads and recorded adverse parties for names that match by their words
 * (case, accents, punctuation, legal forms and word order ignored), leaving out the client being onboarded.
 */
@Component
class ConflictSearch {

    private static final int LIMIT_PER_SOURCE = 50;

    private final ClientSearch clients;
    private final Leads leads;
    private final AdversePartyRepository adverseParties;

    ConflictSearch(ClientSearch clients, Leads leads, AdversePartyRepository adverseParties) {
        this.clients = clients;
        this.leads = leads;
        this.adverseParties = adverseParties;
    }

    List<ConflictHit> search(List<String> names, UUID ownClientId) {
        UUID tenant = TenantContext.requireTenantId();
        Map<String, ConflictHit> hits = new LinkedHashMap<>();
        for (String name : names) {
            String words = NormalizedName.of(name);
            if (words.isEmpty()) {
                continue;
            }
            for (DuplicateCandidate c : clients.findByNameWords(name, LIMIT_PER_SOURCE)) {
                if (!ownClientId.equals(c.clientId())) {
                    add(hits, new ConflictHit(c.kind() == DuplicateCandidate.Kind.CLIENT ? Source.CLIENT : Source.CONTACT,
                            c.id(), c.clientId(), c.name(), name, match(name, c.name())));
                }
            }
            for (LeadView l : leads.findByNameWords(name, LIMIT_PER_SOURCE)) {
                if (!ownClientId.equals(l.clientId())) {
                    boolean same = NormalizedName.sameWords(name, l.name())
                            || l.organization() != null && NormalizedName.sameWords(name, l.organization());
                    add(hits, new ConflictHit(Source.LEAD, l.id(), l.clientId(),
                            l.organization() == null ? l.name() : l.name() + " (" + l.organization() + ")", name,
                            same ? Match.SAME_NAME : Match.PARTIAL));
                }
            }
            for (AdverseParty p : adverseParties.findByNameWords(tenant, words, LIMIT_PER_SOURCE)) {
                add(hits, new ConflictHit(Source.ADVERSE_PARTY, p.id(), null, p.name(), name, match(name, p.name())));
            }
        }
        return List.copyOf(hits.values());
    }

    private static Match match(String searched, String found) {
        return NormalizedName.sameWords(searched, found) ? Match.SAME_NAME : Match.PARTIAL;
    }

    /** One hit per record; a same-name match outranks a partial one found for another searched name. */
    private static void add(Map<String, ConflictHit> hits, ConflictHit hit) {
        hits.merge(hit.source() + ":" + hit.recordId(), hit,
                (old, now) -> old.match() == Match.PARTIAL && now.match() == Match.SAME_NAME ? now : old);
    }
}
