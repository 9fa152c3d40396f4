package io.klien.tenancy;

import io.klien.identity.IdentityDirectory;
import io.klien.shared.permission.PlatformOperator;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.stereotype.Service;

/**
 * A platform operator sets up a firm: the tenant, its organization in the identity provider, its first admin. Each
 * step runs in its own transaction because the firm must exist before anything can be written inside it; the admin's
 * details are checked before anything is created.
 */
@Service
public class FirmProvisioning {

    private final Tenants tenants;
    private final Invitations invitations;
    private final IdentityDirectory directory;

    FirmProvisioning(Tenants tenants, Invitations invitations, IdentityDirectory directory) {
        this.tenants = tenants;
        this.invitations = invitations;
        this.directory = directory;
    }

    /** Creates the firm and invites its first tenant admin by email; all or nothing on Klien's side. */
    @PlatformOperator
    public TenantView provision(NewFirm firm, String adminEmail, String adminName) {
        Scope operator = TenantContext.acting();
        Invitations.requireValidInvitee(adminEmail, adminName);
        TenantView tenant = tenants.create(firm);
        tenants.linkOrganization(tenant.id(), directory.createOrganization(tenant.name(), tenant.slug()));
        TenantContext.runIn(new Scope(tenant.id(), operator.subject(), Role.TENANT_ADMIN.name(), null,
                operator.platformAdmin(), true), () -> invitations.invite(adminEmail, adminName, Role.TENANT_ADMIN, null));
        return tenant;
    }
}
