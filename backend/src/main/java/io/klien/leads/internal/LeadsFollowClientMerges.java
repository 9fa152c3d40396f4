package io.klien.leads.internal;

import io.klien.clients.ClientsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Leads converted into a merged duplicate client point at the survivor (in the merge's transaction). */
@Component
class LeadsFollowClientMerges {

    private final LeadRepository leads;

    LeadsFollowClientMerges(LeadRepository leads) {
        this.leads = leads;
    }

    @EventListener
    void on(ClientsMerged merged) {
        leads.relinkClient(merged.mergedId(), merged.survivorId());
    }
}
