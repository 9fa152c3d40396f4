package io.klien.tenancy;

import java.util.UUID;

/** A tenant admin changed how the firm presents itself in the portal. */
public record TenantRebranded(UUID tenantId, String before, String after) {
}
