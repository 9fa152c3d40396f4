package io.klien.shared.permission;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A client user sees only their own client. Role rules cannot say this (it depends on the record), so services
 * check it by name wherever a client user may reach a client's data, on top of row-level security.
 */
public final class ClientAccess {

    private ClientAccess() {
    }

    /**
     * Refuses a client user whose client is not the given one (also when the record has no client); staff and
     * system work pass.
     */
    public static void requireOwnClient(Scope scope, @Nullable UUID clientId, String refusal) {
        if (scope.clientUser() && (clientId == null || !clientId.equals(scope.clientId()))) {
            throw new AccessDeniedException(refusal);
        }
    }
}
