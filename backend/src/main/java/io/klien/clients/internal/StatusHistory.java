package io.klien.clients.internal;

import io.klien.clients.ClientStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps each client's status history: every step a client's status takes, in the transaction that takes it. */
@Component
class StatusHistory {

    private final ClientStatusChangeRepository statusChanges;

    StatusHistory(ClientStatusChangeRepository statusChanges) {
        this.statusChanges = statusChanges;
    }

    @EventListener
    void on(ClientStatusChanged changed) {
        statusChanges.save(ClientStatusChange.of(changed.clientId(), changed.from(), changed.to(), changed.at(),
                changed.by()));
    }
}
