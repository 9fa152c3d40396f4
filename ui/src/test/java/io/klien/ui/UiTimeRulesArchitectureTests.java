package io.klien.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pages take "now" and "today" from {@link FirmFormats} (the firm's zone, the application's clock), never from the
 * machine they run on. The backend's own rule (TimeRulesArchitectureTests) covers the services.
 */
class UiTimeRulesArchitectureTests {

    @Test
    void pagesTakeTimeFromTheFirmNotFromTheMachine() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.klien.ui");
        noClasses().should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault").orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("a page shows the firm's time: FirmFormats gives its today, its zone and its formats")
                .check(ui);
    }
}
