package io.klien.tenancy;

import java.util.UUID;

/** A firm as the rest of the application sees it. */
public record TenantView(UUID id, String slug, String name, TenantKind kind, String displayName, String primaryColor,
        boolean hasLogo, String locale, String timeZone, boolean active) {
}
