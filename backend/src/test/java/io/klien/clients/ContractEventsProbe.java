package io.klien.clients;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.klien.contracts.ContractRenewed;
import io.klien.contracts.ContractSigned;
import io.klien.contracts.ContractTerminated;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener outside the contracts module, as a later module (billing, projects) would write one: it receives the
 * contract events durably after their transaction commits, each with the firm's tenant id.
 */
public class ContractEventsProbe {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    /** The events received so far (a method: the listener is proxied, its fields are not the proxy's). */
    public List<Object> received() {
        return List.copyOf(received);
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ContractRenewed event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ContractTerminated event) {
        received.add(event);
    }
}
