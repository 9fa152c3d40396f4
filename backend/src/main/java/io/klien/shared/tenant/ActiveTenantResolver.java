package io.klien.shared.tenant;

import java.util.UUID;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's view of the active tenant. Fails closed: with no tenant active, sessions get a tenant id no row can
 * carry, so tenant-owned queries find nothing and inserts are refused.
 */
class ActiveTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID NO_TENANT = new UUID(0L, 0L);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.tenantId().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
