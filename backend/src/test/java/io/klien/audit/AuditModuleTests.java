package io.klien.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.klien.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class AuditModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(BackendTestApplication.class);

    @Test
    void theBackendModulesIncludingAuditRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void auditIsItsOwnModuleThatUsesOnlySharedTenancyAndClients() {
        ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();

        assertThat(audit.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "tenancy", "clients");
    }
}
