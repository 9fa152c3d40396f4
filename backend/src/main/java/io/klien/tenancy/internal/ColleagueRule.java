package io.klien.tenancy.internal;

import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff give their clients' people portal access; only tenant admins bring in colleagues. The role rule of
 * {@link io.klien.tenancy.Invitations#invite} and {@link io.klien.tenancy.Memberships#add} admits staff; this check
 * depends on the role asked for.
 */
final class ColleagueRule {

    private ColleagueRule() {
    }

    static void requireAdminToAddColleague(FirmRole role) {
        Scope scope = TenantContext.acting();
        if (role != FirmRole.CLIENT && !scope.system() && !scope.hasRole(FirmRole.TENANT_ADMIN)) {
            throw new AccessDeniedException("Requires one of " + FirmRole.TENANT_ADMIN);
        }
    }
}
