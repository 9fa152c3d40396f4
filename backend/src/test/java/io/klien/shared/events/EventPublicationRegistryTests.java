package io.klien.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.klien.onboarding.KickoffScheduled;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.onboarding.OnboardingStarted;
import io.klien.onboarding.OnboardingStepCompleted;
import io.klien.onboarding.StepCommented;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.shared.FirmRole;
import io.klien.tenancy.InvitationAccepted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The publication registry lives in the table Liquibase created (the app role owns nothing), its events survive the
 * round trip through their stored form, and the deployed settings resubmit what is outstanding.
 */
@SpringBootTest
class EventPublicationRegistryTests {

    @Autowired EventSerializer serializer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyEventWithAfterCommitListenersComesBackFromItsStoredForm() throws Exception {
        UUID id = UUID.randomUUID();
        List<Object> events = List.of(
                internalEvent("io.klien.notifications.internal.NotificationMailDue", id, id, "a@b.test", "Subject", "Body"),
                internalEvent("io.klien.tenancy.internal.InvitationMailDue", id, id, "person", true, "a@b.test", "Name",
                        "Firm & Co", "id", "Asia/Jakarta", "http://localhost/invitation/x/y", Instant.parse("2026-12-12T03:00:00Z"), Duration.ofDays(7)),
                internalEvent("io.klien.contracts.internal.SigningCodeDue", id, id, "a@b.test", "Name", "Contract",
                        "Firm & Co", "id", "Asia/Jakarta", Instant.parse("2026-12-12T03:10:00Z"), "encrypted", "key-id"),
                internalEvent("io.klien.contracts.internal.SignedContractMailDue", id, id),
                new InvitationAccepted(id, id, "subject", FirmRole.CLIENT, id),
                new OnboardingStarted(id, id, id, id, null),
                new OnboardingStepCompleted(id, id, id, id, StepType.KYC, StepSide.FIRM, "staff", null),
                new StepCommented(id, id, id, id, null, "author", StepSide.CLIENT, false),
                new OnboardingCompleted(id, id, id, "rep", Duration.ofDays(3)),
                new KickoffScheduled(id, id, id));

        for (Object event : events) {
            Object stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).as(event.getClass().getSimpleName())
                    .isEqualTo(event);
        }
    }

    @Test
    void theRegistryTableBelongsToTheSchemaOwnerAndTheAppRoleMayUseIt() {
        String appRole = jdbc.queryForObject("select current_user", String.class);
        String owner = jdbc.queryForObject("select tableowner from pg_tables where tablename = 'event_publication'",
                String.class);

        assertThat(owner).isNotEqualTo(appRole);
        for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
            assertThat(jdbc.queryForObject("select has_table_privilege('event_publication', ?)", Boolean.class, privilege))
                    .as(privilege).isTrue();
        }
        assertThat(jdbc.queryForObject("select has_table_privilege('delivered_effect', 'DELETE')", Boolean.class))
                .as("delivered effects are only added").isFalse();
    }

    @Test
    void deployedSettingsResubmitOutstandingPublicationsAndLeaveTheSchemaToLiquibase() throws Exception {
        Properties deployed = PropertiesLoaderUtils.loadProperties(new ClassPathResource("klien-backend.properties"));

        assertThat(deployed.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
                .endsWith(":true}");
        assertThat(deployed.getProperty("spring.modulith.events.jdbc.schema-initialization.enabled")).isEqualTo("false");
        assertThat(deployed.getProperty("klien.events.resubmission.older-than")).endsWith(":PT5M}");
    }

    /** An event its module keeps package-private (its listener is inside the module), made by its record constructor. */
    private static Object internalEvent(String className, Object... components) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        Constructor<?> constructor = type.getDeclaredConstructor(
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        return constructor.newInstance(components);
    }
}
