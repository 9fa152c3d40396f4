package io.klien.tenancy;

/** What a platform admin enters to create a firm. */
public record NewFirm(String slug, String name, TenantKind kind, String locale, String timeZone) {
}
