package io.klien.tenancy;

import java.util.UUID;

/** A platform admin created a firm. */
public record TenantCreated(UUID tenantId, String slug, String name) {
}
