package io.klien.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.klien.onboarding.AttachedDocuments;
import io.klien.onboarding.ConflictCheckView;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.FormAnswers;
import io.klien.onboarding.IdentityDocumentType;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.KycMethod;
import io.klien.onboarding.KycView;
import io.klien.onboarding.LetterSignature;
import io.klien.onboarding.StepOutcome;
import io.klien.onboarding.StepType;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The change that moved a step's outcome from its columns into one JSON document carries every existing step's
 * outcome over, in every firm, in the form the application reads. It runs on a database of its own: migrated as the
 * owner up to the change, filled with steps as the old columns held them, then migrated on. (The Spring context only
 * makes sure the local database roles exist.) Each test gets a new database.
 */
@SpringBootTest
class StepOutcomeMigrationTests {

    private static final String CHANGE = "onboarding-20261206-1";
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String TEST_DB_URL = System.getenv().getOrDefault("KLIEN_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/klien_test");
    private static final String SERVER = TEST_DB_URL.substring(0, TEST_DB_URL.lastIndexOf('/') + 1);
    private static final String DATABASE = TEST_DB_URL.substring(TEST_DB_URL.lastIndexOf('/') + 1)
            .replaceAll("\\?.*", "") + "_outcomes";
    private static final String OWNER = "klien_owner";

    private static final UUID FIRM_A = UUID.randomUUID();
    private static final UUID FIRM_B = UUID.randomUUID();
    private static final UUID DOC_1 = UUID.randomUUID();
    private static final UUID DOC_2 = UUID.randomUUID();
    private static final Instant SAVED = Instant.parse("2026-11-30T08:15:30.123456Z");
    private static final Instant LATER = Instant.parse("2026-12-01T09:00:00Z");

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        try (Connection admin = admin("postgres"); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
            st.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
        }
        try (Connection admin = admin(DATABASE); Statement st = admin.createStatement()) {
            st.execute("alter schema public owner to " + OWNER);
            st.execute("revoke create on schema public from public");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection admin = admin("postgres"); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void everyStepKeepsWhatWasRecordedOnItInItsTypesOutcome() throws Exception {
        migrate(false);
        Map<String, UUID> steps = fillTheOldColumns();

        migrate(true);

        Map<String, StepOutcome> outcomes = outcomes();
        assertThat(outcomes.get("form")).isEqualTo(new FormAnswers(Map.of("name", List.of("PT Maju"),
                "size", List.of("S", "M")), SAVED, "staff-1"));
        assertThat(outcomes.get("form-untouched")).isNull();
        assertThat(outcomes.get("documents")).isEqualTo(new AttachedDocuments(List.of(DOC_1, DOC_2)));
        assertThat(outcomes.get("documents-none")).isNull();
        assertThat(outcomes.get("conflict")).isEqualTo(new ConflictCheckView(List.of("PT Kawan", "PT Lawan"),
                List.of(new ConflictHit(ConflictHit.Source.ADVERSE_PARTY, DOC_1, null, "PT Lawan Jaya", "PT Lawan",
                        ConflictHit.Match.PARTIAL)), SAVED, "staff-1", ConflictDecision.WAIVED, "Both consented",
                "staff-2", LATER));
        assertThat(outcomes.get("conflict-held")).isEqualTo(new ConflictCheckView(List.of("PT Kawan"), List.of(),
                SAVED, "staff-1", ConflictDecision.CONFLICT, null, "staff-2", LATER));
        assertThat(outcomes.get("conflict-held").holdsOnboarding()).isTrue();
        assertThat(outcomes.get("kyc")).isEqualTo(new KycView(KycMethod.VIDEO_CALL, IdentityDocumentType.PASSPORT,
                "X1234567", "staff-1", LocalDate.of(2026, 11, 29), DOC_2));
        assertThat(outcomes.get("kickoff")).isEqualTo(new KickoffView(LATER, LATER.plusSeconds(3600), "Office",
                "https://meet.test/abc", List.of("a@client.test", "b@client.test"), "rep@firm.test", "Rep", 2, SAVED));
        assertThat(outcomes.get("kickoff-old")).as("scheduled before the time was kept: its start stands in")
                .isEqualTo(new KickoffView(LATER, LATER.plusSeconds(1800), null, "https://meet.test/x",
                        List.of("a@client.test"), null, null, 0, LATER));
        assertThat(outcomes.get("letter")).isEqualTo(new LetterSignature(LocalDate.of(2026, 12, 1)));
        assertThat(outcomes.get("task")).isNull();
        assertThat(outcomes).containsOnlyKeys(steps.keySet());
        assertThat(oldColumns()).isEmpty();
    }

    @Test
    void theDocumentKeepsTheRulesTheOldColumnsHad() throws Exception {
        migrate(true);

        assertThatThrownBy(() -> insertStep("waived-without-reason", StepType.CONFLICT_CHECK,
                "{\"searchedNames\":[],\"hits\":[],\"checkedAt\":\"2026-12-01T09:00:00Z\",\"decision\":\"WAIVED\","
                        + "\"decidedAt\":\"2026-12-01T09:00:00Z\"}"))
                .isInstanceOf(SQLException.class).hasMessageContaining("onboarding_step_waiver_ck");
        assertThatThrownBy(() -> insertStep("task-with-outcome", StepType.INTERNAL_TASK, "{\"done\":true}"))
                .isInstanceOf(SQLException.class).hasMessageContaining("onboarding_step_task_outcome_ck");
    }

    /** Applies the changes before the outcome change, or all of them. */
    private static void migrate(boolean all) throws Exception {
        try (Connection c = admin(DATABASE); Statement st = c.createStatement()) {
            st.execute("set role " + OWNER);
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), new JdbcConnection(c));
            liquibase.setChangeLogParameter("appRole", "klien_app");
            if (all) {
                liquibase.update(new Contexts(), new LabelExpression());
                return;
            }
            List<ChangeSet> changes = liquibase.getDatabaseChangeLog().getChangeSets();
            int before = changes.stream().map(ChangeSet::getId).toList().indexOf(CHANGE);
            assertThat(before).as("the change is in the master changelog").isPositive();
            liquibase.update(before, new Contexts(), new LabelExpression());
        }
    }

    /** Steps of every type in two firms, with their outcomes in the old columns; keys name them. */
    private static Map<String, UUID> fillTheOldColumns() throws SQLException {
        Map<String, UUID> steps = new HashMap<>();
        try (Connection c = admin(DATABASE); Statement st = c.createStatement()) {
            // as the superuser, without the foreign keys' triggers: the steps need no onboarding or client here
            st.execute("set session_replication_role = replica");
            for (UUID firm : List.of(FIRM_A, FIRM_B)) {
                st.execute("insert into tenant (id, slug, name, kind, display_name, created_at) values ('" + firm
                        + "', 'f-" + firm + "', 'Firm', 'LAW', 'Firm', now())");
            }
            step(st, steps, FIRM_A, "form", StepType.INTAKE_FORM, "answers = '{\"values\": {\"name\": [\"PT Maju\"],"
                    + " \"size\": [\"S\", \"M\"]}}', answers_saved_at = '" + SAVED + "', answers_saved_by = 'staff-1'");
            step(st, steps, FIRM_A, "form-untouched", StepType.INTAKE_FORM, null);
            step(st, steps, FIRM_B, "documents", StepType.DOCUMENT_REQUEST,
                    "document_ids = '{" + DOC_1 + "," + DOC_2 + "}'");
            step(st, steps, FIRM_A, "documents-none", StepType.DOCUMENT_REQUEST, null);
            step(st, steps, FIRM_A, "conflict", StepType.CONFLICT_CHECK, "conflict_names = '{PT Kawan,PT Lawan}',"
                    + " conflict_hits = '{\"hits\": [{\"source\": \"ADVERSE_PARTY\", \"recordId\": \"" + DOC_1
                    + "\", \"clientId\": null, \"name\": \"PT Lawan Jaya\", \"searchedName\": \"PT Lawan\","
                    + " \"match\": \"PARTIAL\"}]}', conflict_checked_at = '" + SAVED + "',"
                    + " conflict_checked_by = 'staff-1', conflict_decision = 'WAIVED',"
                    + " conflict_reason = 'Both consented', conflict_decided_by = 'staff-2',"
                    + " conflict_decided_at = '" + LATER + "'");
            step(st, steps, FIRM_B, "conflict-held", StepType.CONFLICT_CHECK, "conflict_names = '{PT Kawan}',"
                    + " conflict_hits = '{\"hits\": []}', conflict_checked_at = '" + SAVED + "',"
                    + " conflict_checked_by = 'staff-1', conflict_decision = 'CONFLICT',"
                    + " conflict_decided_by = 'staff-2', conflict_decided_at = '" + LATER + "'");
            step(st, steps, FIRM_A, "kyc", StepType.KYC, "kyc_method = 'VIDEO_CALL', kyc_document_type = 'PASSPORT',"
                    + " kyc_document_number = 'X1234567', kyc_verified_by = 'staff-1', kyc_verified_on = '2026-11-29',"
                    + " kyc_document_id = '" + DOC_2 + "'");
            step(st, steps, FIRM_A, "kickoff", StepType.KICKOFF_MEETING, "kickoff_starts_at = '" + LATER + "',"
                    + " kickoff_ends_at = '" + LATER.plusSeconds(3600) + "', kickoff_place = 'Office',"
                    + " kickoff_video_link = 'https://meet.test/abc',"
                    + " kickoff_attendees = '{a@client.test,b@client.test}', kickoff_organizer_email = 'rep@firm.test',"
                    + " kickoff_organizer_name = 'Rep', kickoff_sequence = 2, kickoff_scheduled_at = '" + SAVED + "'");
            step(st, steps, FIRM_B, "kickoff-old", StepType.KICKOFF_MEETING, "kickoff_starts_at = '" + LATER + "',"
                    + " kickoff_ends_at = '" + LATER.plusSeconds(1800) + "', kickoff_video_link = 'https://meet.test/x',"
                    + " kickoff_attendees = '{a@client.test}'");
            step(st, steps, FIRM_A, "letter", StepType.ENGAGEMENT_LETTER, "letter_signed_on = '2026-12-01'");
            step(st, steps, FIRM_A, "task", StepType.INTERNAL_TASK, null);
        }
        return steps;
    }

    private static void step(Statement st, Map<String, UUID> steps, UUID firm, String key, StepType type,
            String recorded) throws SQLException {
        UUID id = UUID.randomUUID();
        st.execute("insert into onboarding_step (tenant_id, id, onboarding_id, position, step_key, title, owner_side,"
                + " due_date, required, type, config, state) values ('" + firm + "', '" + id + "', '" + UUID.randomUUID()
                + "', 1, '" + key + "', 'Step', 'FIRM', '2026-12-10', true, '" + type + "',"
                + " '{\"fields\": [], \"documents\": null}', 'IN_PROGRESS')");
        if (recorded != null) {
            st.execute("update onboarding_step set " + recorded + " where id = '" + id + "'");
        }
        steps.put(key, id);
    }

    private static void insertStep(String key, StepType type, String outcome) throws SQLException {
        try (Connection c = admin(DATABASE); Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("insert into onboarding_step (tenant_id, id, onboarding_id, position, step_key, title,"
                    + " owner_side, due_date, required, type, config, state, outcome) values ('" + UUID.randomUUID()
                    + "', '" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', 1, '" + key + "', 'Step', 'FIRM',"
                    + " '2026-12-10', true, '" + type + "', '{\"fields\": []}', 'OPEN', '" + outcome + "')");
        }
    }

    /** Each step's outcome by its key, read as the application reads it. */
    private static Map<String, StepOutcome> outcomes() throws SQLException {
        Map<String, StepOutcome> outcomes = new HashMap<>();
        try (Connection c = admin(DATABASE); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select step_key, type, outcome::text from onboarding_step")) {
            while (rs.next()) {
                String json = rs.getString(3);
                outcomes.put(rs.getString(1), json == null ? null
                        : StepOutcomes.read(StepType.valueOf(rs.getString(2)), json));
            }
        }
        return outcomes;
    }

    private static List<String> oldColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = admin(DATABASE); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select column_name from information_schema.columns where table_name ="
                        + " 'onboarding_step' and (column_name like 'conflict%' or column_name like 'kyc%'"
                        + " or column_name like 'kickoff%' or column_name like 'answers%' or column_name = 'document_ids'"
                        + " or column_name = 'letter_signed_on')")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static Connection admin(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return DriverManager.getConnection(SERVER + database, props);
    }
}
