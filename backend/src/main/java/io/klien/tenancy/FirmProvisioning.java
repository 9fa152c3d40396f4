package io.klien.tenancy;

import io.klien.shared.permission.PlatformOperator;

/**
 * A platform operator sets up a firm: the tenant, its organization in the identity provider, its first admin. All or
 * nothing: one transaction that already acts in the new firm (so its rows can be written before it is committed),
 * and whatever the identity provider created for it is removed again when that transaction does not commit.
 */
public interface FirmProvisioning {

    /** Creates the firm and invites its first tenant admin by email; on any failure nothing of it remains. */
    @PlatformOperator
    TenantView provision(NewFirm firm, String adminEmail, String adminName);
}
