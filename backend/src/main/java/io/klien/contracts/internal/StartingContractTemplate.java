package io.klien.contracts.internal;

import io.klien.contracts.ContractTemplates;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** A new firm gets its starting contract template (for its kind, in its language) as soon as it exists. */
@Component
class StartingContractTemplate {

    private final ContractTemplates templates;

    StartingContractTemplate(ContractTemplates templates) {
        this.templates = templates;
    }

    @ApplicationModuleListener(id = "contracts.starting-template", propagation = Propagation.NOT_SUPPORTED)
    void on(TenantCreated created) {
        TenantContext.runIn(Scope.system(created.tenantId()), templates::seedStartingTemplate);
    }
}
