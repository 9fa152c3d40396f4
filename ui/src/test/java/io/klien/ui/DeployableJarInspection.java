package io.klien.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The deployable jar (ui/target/klien.jar, what the Helm chart's image runs) carries none of the local tooling: no
 * local-services launcher, mail catcher, caught-mail page, demo firms or local profile, in its own classes or in any
 * library. Runs after packaging (the surefire execution "deployable-jar" in the verify phase), not with the unit tests.
 */
class DeployableJarInspection {

    private static final List<String> LOCAL_ONLY = List.of("io/klien/localservices/", "io/klien/local/",
            "application-local.properties", "com/icegreen/greenmail/", "klien-realm.json");

    @Test
    void theDeployableJarCarriesNoLocalTooling() throws IOException {
        Path jar = Path.of(System.getProperty("klien.deployable-jar", "target/klien.jar"));
        assertThat(jar).as("the packaged application").exists();

        List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                entries.add(entry.getName());
                if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream nested = file.getInputStream(entry)) {
                        nestedEntries(entry.getName(), nested, entries);
                    }
                }
            }
        }

        assertThat(entries).as("the application itself is in the jar")
                .contains("BOOT-INF/classes/io/klien/KlienApplication.class")
                .anyMatch(name -> name.startsWith("BOOT-INF/lib/klien-backend"));
        assertThat(entries).as("local tooling in the deployable jar")
                .noneMatch(name -> LOCAL_ONLY.stream().anyMatch(name::contains))
                .noneMatch(name -> name.startsWith("BOOT-INF/lib/klien-infra") || name.startsWith("BOOT-INF/lib/klien-local"));
    }

    private static void nestedEntries(String library, InputStream jar, List<String> entries) throws IOException {
        try (ZipInputStream nested = new ZipInputStream(jar)) {
            for (var entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                entries.add(library + "!/" + entry.getName());
            }
        }
    }
}
