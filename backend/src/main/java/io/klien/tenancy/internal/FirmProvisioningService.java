package io.klien.tenancy.internal;

import java.util.UUID;

import io.klien.identity.IdentityDirectory;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmProvisioning;
import io.klien.tenancy.Invitations;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class FirmProvisioningService implements FirmProvisioning {

    private static final Logger log = LoggerFactory.getLogger(FirmProvisioning.class);

    private final TenantService tenants;
    private final Invitations invitations;
    private final IdentityDirectory directory;
    private final TransactionTemplate transactions;

    FirmProvisioningService(TenantService tenants, Invitations invitations, IdentityDirectory directory,
            PlatformTransactionManager transactionManager) {
        this.tenants = tenants;
        this.invitations = invitations;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public TenantView provision(NewFirm firm, String adminEmail, String adminName) {
        Scope operator = TenantContext.acting();
        InvitationService.requireValidInvitee(adminEmail, adminName);
        UUID tenantId = UUID.randomUUID();
        Scope inNewFirm = new Scope(tenantId, operator.subject(), FirmRole.TENANT_ADMIN.name(), null,
                operator.platformAdmin(), true);
        try {
            return TenantContext.callIn(inNewFirm, () -> transactions.execute(status -> {
                TenantView tenant = tenants.create(tenantId, firm);
                String organizationId = directory.createOrganization(tenant.name(), tenant.slug());
                DirectoryCompensation.onRollback("the organization " + organizationId,
                        () -> directory.deleteOrganization(organizationId));
                tenants.linkOrganization(tenantId, organizationId);
                invitations.invite(adminEmail, adminName, FirmRole.TENANT_ADMIN, null);
                return tenant;
            }));
        } catch (DomainException | AccessDeniedException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            if (failed instanceof DataIntegrityViolationException && String.valueOf(failed.getMessage()).contains("tenant_slug_uk")) {
                // another operator took the slug between our check and our commit
                throw DomainException.onField("slug", "tenancy.slug.taken", String.valueOf(firm.slug()).strip());
            }
            log.warn("Provisioning firm {} failed; nothing of it was kept", firm.slug(), failed);
            throw new DomainException("tenancy.provision.failed");
        }
    }
}
