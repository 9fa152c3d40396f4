package io.klien.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pages take "now" and "today" from {@link FirmFormats} (the firm's zone, the application's clock), never from the
 * machine they run on. The backend's own rule (TimeRulesArchitectureTests) covers the services.
 */
class UiTimeRulesArchitectureTests {

    /**
     * StepCard is being split into per-type panels on another branch; the lead moves it to FirmFormats after the
     * merge and then removes this exception. The panels it becomes are checked.
     */
    private static final DescribedPredicate<JavaClass> AWAITING_FIRM_TIME = DescribedPredicate.describe(
            "StepCard (moves to FirmFormats after its split)",
            c -> c.getName().equals("io.klien.ui.onboarding.StepCard") || c.getName().startsWith("io.klien.ui.onboarding.StepCard$"));

    @Test
    void pagesTakeTimeFromTheFirmNotFromTheMachine() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.klien.ui");
        noClasses().that(DescribedPredicate.not(AWAITING_FIRM_TIME))
                .should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault").orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("a page shows the firm's time: FirmFormats gives its today, its zone and its formats")
                .check(ui);
    }
}
