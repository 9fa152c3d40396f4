package io.klien.shared.permission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.klien.shared.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * Every method of a module's API interfaces says who may call it: a role rule on the class or the method, or an
 * explicit {@link OpenOnPurpose}. Services declare their rules instead of calling the checks themselves.
 */
class PermissionRulesArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.klien");

    /** Classes in a module's root package (io.klien.clients, not io.klien.clients.internal or io.klien.shared). */
    static final DescribedPredicate<JavaClass> IN_A_MODULE_ROOT = DescribedPredicate.describe(
            "classes in a module's root package",
            owner -> owner.getPackageName().matches("io\\.klien\\.[a-z]+")
                    && !owner.getPackageName().equals("io.klien.shared"));

    /**
     * Methods of a module's API interfaces (io.klien.projects.Projects and the like) whose implementation is a
     * package-private {@code @Service} in {@code internal}: the rule sits on the interface, where callers read it.
     */
    static final DescribedPredicate<JavaMethod> API_INTERFACE_METHOD = DescribedPredicate.describe(
            "methods of public interfaces in a module's root package implemented by a @Service",
            method -> {
                JavaClass owner = method.getOwner();
                return owner.isInterface()
                        && owner.getModifiers().contains(JavaModifier.PUBLIC)
                        && owner.getPackageName().matches("io\\.klien\\.[a-z]+")
                        && !owner.getPackageName().equals("io.klien.shared")
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && owner.getAllSubclasses().stream().anyMatch(c -> c.isAnnotatedWith(Service.class));
            });

    static final ArchCondition<JavaMethod> DECLARE_WHO_MAY_CALL = new ArchCondition<>(
            "declare who may call them (@FirmRoles or @PlatformOperator on method or class, or @OpenOnPurpose)") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean declared = method.isAnnotatedWith(FirmRoles.class)
                    || method.isAnnotatedWith(PlatformOperator.class)
                    || method.isAnnotatedWith(OpenOnPurpose.class)
                    || method.getOwner().isAnnotatedWith(FirmRoles.class)
                    || method.getOwner().isAnnotatedWith(PlatformOperator.class);
            if (!declared) {
                events.add(SimpleConditionEvent.violated(method,
                        method.getFullName() + " is reachable without a declared permission"));
            }
        }
    };

    /** A module's services are interfaces in its root; a service class there would carry its rules out of sight. */
    @Test
    void noModuleRootHoldsAServiceClassOnlyInterfaces() {
        noClasses().that(IN_A_MODULE_ROOT).should().beAnnotatedWith(Service.class)
                .because("a module's API is interfaces that declare who may call them; implementations live in internal")
                .check(PRODUCTION);
        assertThat(PRODUCTION.stream().filter(IN_A_MODULE_ROOT)).as("the rule has classes to check").isNotEmpty();
    }

    @Test
    void everyMethodOfAnApiInterfaceDeclaresWhoMayCallIt() {
        ArchRule rule = methods().that(API_INTERFACE_METHOD).should(DECLARE_WHO_MAY_CALL);
        rule.check(PRODUCTION);
        assertThat(PRODUCTION.get("io.klien.projects.Projects").getMethods()).as("the rule has methods to check")
                .anyMatch(API_INTERFACE_METHOD);
    }

    @Test
    void servicesDeclareRolesInsteadOfCallingTheCheck() {
        noClasses().that().resideOutsideOfPackage("io.klien.shared..")
                .should().callMethod(TenantContext.class, "requireRole", String[].class)
                .orShould().callMethod(TenantContext.class, "requirePlatformAdmin")
                .check(PRODUCTION);
    }

    @Test
    void theRuleFindsAnUndeclaredMethod() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Undeclared.class, Declared.class);
        EvaluationResult undeclared = methods().that().areDeclaredIn(Undeclared.class)
                .and().arePublic().should(DECLARE_WHO_MAY_CALL).evaluate(fixture);
        assertThat(undeclared.hasViolation()).isTrue();
        assertThat(undeclared.getFailureReport().getDetails()).singleElement().asString().contains("forgotten()");

        EvaluationResult declared = methods().that().areDeclaredIn(Declared.class)
                .and().arePublic().should(DECLARE_WHO_MAY_CALL).evaluate(fixture);
        assertThat(declared.hasViolation()).isFalse();
    }

    public static class Undeclared {

        @OpenOnPurpose(reason = "fixture")
        public void open() {
        }

        public void forgotten() {
        }
    }

    @FirmRoles(io.klien.shared.FirmRole.STAFF)
    public static class Declared {

        public void guarded() {
        }

        @PlatformOperator
        public void operators() {
        }
    }
}
