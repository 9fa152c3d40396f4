package io.klien.tenancy;

import java.util.UUID;

/** A platform admin created a firm, in the given language (its starting content is seeded in it). */
public record TenantCreated(UUID tenantId, String slug, String name, String locale) {
}
