package io.klien.tenancy.internal;

import io.klien.clients.ClientsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Portal users of a merged duplicate client belong to the survivor from then on (in the merge's transaction). */
@Component
class ClientUsersFollowMerges {

    private final MembershipRepository memberships;

    ClientUsersFollowMerges(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @EventListener
    void on(ClientsMerged merged) {
        memberships.moveClientUsers(merged.mergedId(), merged.survivorId());
    }
}
