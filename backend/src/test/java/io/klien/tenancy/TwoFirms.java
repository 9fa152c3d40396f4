package io.klien.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.transaction.support.TransactionTemplate;

/** Two firms, A and B, each with an admin, a staff member and two clients, for isolation tests. */
public final class TwoFirms {

    public final UUID firmA;
    public final UUID firmB;
    public final UUID clientA1;
    public final UUID clientA2;
    public final UUID clientB1;
    public final String adminA = "admin-a-" + UUID.randomUUID();
    public final String adminB = "admin-b-" + UUID.randomUUID();
    public final String staffA = "staff-a-" + UUID.randomUUID();

    private final TransactionTemplate tx;

    public TwoFirms(Tenants tenants, Memberships memberships, Clients clients, TransactionTemplate tx) {
        this.tx = tx;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        firmA = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm("firm-a-" + suffix, "Firm A " + suffix, TenantKind.LAW_FIRM, "en", "UTC")).id());
        firmB = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm("firm-b-" + suffix, "Firm B " + suffix, TenantKind.DESIGN_STUDIO, "en", "UTC")).id());
        clientA1 = asSystem(firmA, () -> clients.create("PT Maju Jaya " + suffix, ClientKind.ORGANIZATION).id());
        clientA2 = asSystem(firmA, () -> clients.create("CV Sinar " + suffix, ClientKind.ORGANIZATION).id());
        clientB1 = asSystem(firmB, () -> clients.create("Studio Client " + suffix, ClientKind.INDIVIDUAL).id());
        asSystem(firmA, () -> memberships.add(new NewMember(adminA, adminA + "@a.test", "Admin A", FirmRole.TENANT_ADMIN, null,
                MembershipStatus.ACTIVE)));
        asSystem(firmA, () -> memberships.add(new NewMember(staffA, staffA + "@a.test", "Staff A", FirmRole.STAFF, null,
                MembershipStatus.ACTIVE)));
        asSystem(firmB, () -> memberships.add(new NewMember(adminB, adminB + "@b.test", "Admin B", FirmRole.TENANT_ADMIN, null,
                MembershipStatus.ACTIVE)));
    }

    public <T> T asSystem(UUID tenant, Supplier<T> work) {
        return TenantContext.callIn(Scope.system(tenant), () -> tx.execute(status -> work.get()));
    }

    public <T> T as(Scope scope, Supplier<T> work) {
        return TenantContext.callIn(scope, () -> tx.execute(status -> work.get()));
    }

    public Scope staffOfA() {
        return Scope.member(firmA, staffA, "STAFF", null, false);
    }

    public Scope adminOfA() {
        return Scope.member(firmA, adminA, "TENANT_ADMIN", null, false);
    }

    public Scope adminOfB() {
        return Scope.member(firmB, adminB, "TENANT_ADMIN", null, false);
    }
}
