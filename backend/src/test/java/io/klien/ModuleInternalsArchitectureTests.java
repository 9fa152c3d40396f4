package io.klien;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * A converted module keeps its inside to itself: nothing in its {@code internal} package is public, so no other module
 * or view can reach an entity, a repository or a service implementation, even by accident. Modules join the list
 * below when their root services have become interfaces with package-private implementations.
 */
class ModuleInternalsArchitectureTests {

    /** Modules whose {@code internal} package holds nothing public. */
    static final List<String> CONVERTED = List.of("identity", "documents", "notifications", "search", "audit", "tenancy",
            "leads", "clients", "projects", "onboarding", "contracts", "testimonials");

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.klien");

    static ArchRule nothingPublicIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).should().bePublic()
                .because("a module's entities, repositories and service implementations stay package-private in "
                        + "internal; other modules and views use the interfaces and records in its root package");
    }

    @Test
    void nothingInsideAConvertedModuleIsPublic() {
        nothingPublicIn(CONVERTED.stream().map(m -> "io.klien." + m + ".internal..").toArray(String[]::new))
                .check(PRODUCTION);
    }

    @Test
    void everyConvertedModuleHasAnInsideToCheck() {
        for (String module : CONVERTED) {
            assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().equals("io.klien." + module + ".internal")))
                    .as("classes in io.klien.%s.internal", module).isNotEmpty();
        }
    }

    @Test
    void theRuleFindsAPublicClassAndPassesAPackagePrivateOne() {
        EvaluationResult withPublic = nothingPublicIn("io.klien")
                .evaluate(new ClassFileImporter().importClasses(PublicInside.class, PackagePrivateInside.class));
        assertThat(withPublic.hasViolation()).isTrue();
        assertThat(withPublic.getFailureReport().getDetails()).singleElement().asString().contains("PublicInside");

        EvaluationResult packagePrivate = nothingPublicIn("io.klien")
                .evaluate(new ClassFileImporter().importClasses(PackagePrivateInside.class));
        assertThat(packagePrivate.hasViolation()).isFalse();
    }

    public static class PublicInside {
    }

    static class PackagePrivateInside {
    }
}
