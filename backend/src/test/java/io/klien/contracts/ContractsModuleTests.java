package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.klien.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ContractsModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(BackendTestApplication.class);

    @Test
    void contractsIsItsOwnModuleThatUsesOnlySharedTenancyClientsAuditAndNotifications() {
        ApplicationModule contracts = modules.getModuleByName("contracts").orElseThrow();

        modules.verify();
        assertThat(contracts.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "tenancy", "clients", "audit", "notifications");
    }
}
