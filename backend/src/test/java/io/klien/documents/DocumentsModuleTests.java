package io.klien.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.klien.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class DocumentsModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(BackendTestApplication.class);

    @Test
    void documentsIsItsOwnModuleThatUsesOnlySharedAuditAndClients() {
        ApplicationModule documents = modules.getModuleByName("documents").orElseThrow();

        modules.verify();
        assertThat(documents.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "audit", "clients");
    }
}
