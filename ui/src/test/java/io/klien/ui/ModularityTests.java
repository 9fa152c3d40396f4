package io.klien.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.klien.KlienApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KlienApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("identity", "shared", "ui", "localservices", "tenancy", "clients", "leads", "search", "audit",
                        "documents", "notifications");
    }

    @Test
    void writesModuleDocumentation() {
        Documenter documenter = new Documenter(modules);
        documenter.writeDocumentation();

        assertThat(Path.of("target/spring-modulith-docs/components.puml")).satisfies(p -> assertThat(Files.exists(p)).isTrue());
    }
}
