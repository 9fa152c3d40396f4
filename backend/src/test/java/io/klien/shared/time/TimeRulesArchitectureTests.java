package io.klien.shared.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TimeZone;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * No production code asks the machine what time or zone it is: "now" comes from the injected {@link Clock} and the
 * zone from {@link FirmTime}, so a server in another zone (or a test's fixed clock) cannot shift a firm's day.
 */
class TimeRulesArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.klien");

    private static final Set<String> TEMPORALS = Set.of(LocalDate.class.getName(), LocalDateTime.class.getName(),
            LocalTime.class.getName(), ZonedDateTime.class.getName(), OffsetDateTime.class.getName(),
            java.time.OffsetTime.class.getName(), Instant.class.getName(), java.time.Year.class.getName(),
            java.time.YearMonth.class.getName(), java.time.MonthDay.class.getName());

    /** {@code X.now()} or {@code X.now(zone)} of a java.time type: the machine's clock, not the application's. */
    static final DescribedPredicate<JavaMethodCall> NOW_WITHOUT_CLOCK = DescribedPredicate.describe(
            "now() of a java.time type without a Clock",
            call -> call.getTarget().getName().equals("now")
                    && TEMPORALS.contains(call.getTarget().getOwner().getName())
                    && call.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isAssignableTo(Clock.class)));

    /** The machine's zone, which is nobody's business: the firm's zone comes from FirmTime. */
    static final DescribedPredicate<JavaMethodCall> MACHINE_ZONE = DescribedPredicate.describe(
            "ZoneId.systemDefault(), TimeZone.getDefault() or Clock.systemDefaultZone()",
            call -> call.getTarget().getOwner().isEquivalentTo(ZoneId.class) && call.getTarget().getName().equals("systemDefault")
                    || call.getTarget().getOwner().isEquivalentTo(TimeZone.class) && call.getTarget().getName().equals("getDefault")
                    || call.getTarget().getOwner().isEquivalentTo(Clock.class) && call.getTarget().getName().equals("systemDefaultZone"));

    /** The local mail catcher (infra, on the test classpath) times out its waits on the wall clock, as it should. */
    static final ArchRule TIME_FROM_THE_CLOCK = noClasses().that().resideOutsideOfPackage("io.klien.localservices..")
            .should().callMethodWhere(NOW_WITHOUT_CLOCK)
            .orShould().callMethodWhere(MACHINE_ZONE)
            .because("now comes from the injected Clock and the zone from FirmTime");

    @Test
    void productionCodeTakesTimeFromTheClockAndTheZoneFromTheFirm() {
        TIME_FROM_THE_CLOCK.check(PRODUCTION);
    }

    @Test
    void theRuleFindsTheMachinesClockAndZone() {
        JavaClasses fixture = new ClassFileImporter().importClasses(AsksTheMachine.class, AsksTheClock.class);

        EvaluationResult machine = noClasses().that().areAssignableTo(AsksTheMachine.class)
                .should().callMethodWhere(NOW_WITHOUT_CLOCK).orShould().callMethodWhere(MACHINE_ZONE).evaluate(fixture);
        assertThat(machine.getFailureReport().getDetails()).hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("LocalDate.now()"))
                .anySatisfy(line -> assertThat(line).contains("Instant.now()"))
                .anySatisfy(line -> assertThat(line).contains("ZonedDateTime.now(java.time.ZoneId)"))
                .anySatisfy(line -> assertThat(line).contains("ZoneId.systemDefault()"));

        EvaluationResult clock = noClasses().that().areAssignableTo(AsksTheClock.class)
                .should().callMethodWhere(NOW_WITHOUT_CLOCK).orShould().callMethodWhere(MACHINE_ZONE).evaluate(fixture);
        assertThat(clock.hasViolation()).isFalse();
    }

    static class AsksTheMachine {

        Object[] times() {
            return new Object[] {LocalDate.now(), Instant.now(), ZonedDateTime.now(ZoneId.of("Asia/Jakarta")),
                    ZoneId.systemDefault()};
        }
    }

    static class AsksTheClock {

        Object[] times(Clock clock) {
            return new Object[] {LocalDate.now(clock), Instant.now(clock), ZonedDateTime.now(clock), clock.instant()};
        }
    }
}
