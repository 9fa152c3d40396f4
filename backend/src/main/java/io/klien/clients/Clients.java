package io.klien.clients;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.klien.clients.internal.Client;
import io.klien.clients.internal.ClientRepository;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active firm's clients. Staff see all of them; a client user sees only the client they belong to. */
@Service
@Transactional
public class Clients {

    private final ClientRepository clients;
    private final Clock clock;

    Clients(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public ClientView create(String name, ClientKind kind) {
        TenantContext.requireRole("TENANT_ADMIN", "STAFF");
        if (name == null || name.isBlank()) {
            throw new DomainException("clients.name.required");
        }
        return clients.save(Client.create(name.strip(), kind, clock.instant())).toView();
    }

    @Transactional(readOnly = true)
    public Page<ClientView> list(Pageable pageable) {
        TenantContext.requireRole("TENANT_ADMIN", "STAFF");
        return clients.findAllByOrderByNameAsc(pageable).map(Client::toView);
    }

    /** Clients whose name contains the text, for pickers. */
    @Transactional(readOnly = true)
    public Page<ClientView> search(String text, Pageable pageable) {
        TenantContext.requireRole("TENANT_ADMIN", "STAFF");
        return clients.findByNameContainingIgnoreCaseOrderByNameAsc(text == null ? "" : text.strip(), pageable)
                .map(Client::toView);
    }

    /** A client as the acting person may see it: staff any of the firm's, a client user only their own. */
    @Transactional(readOnly = true)
    public Optional<ClientView> find(UUID clientId) {
        Scope scope = TenantContext.requireRole("TENANT_ADMIN", "STAFF", "CLIENT");
        if (!scope.system() && scope.hasRole("CLIENT") && !clientId.equals(scope.clientId())) {
            throw new AccessDeniedException("A client user sees only their own client");
        }
        return clients.findById(clientId).map(Client::toView);
    }
}
