package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The audit log speaks the reader's language: actions, roles and statuses as words, never as stored codes. */
class AuditLabelsTests {

    private final AuditLabels english = labels(Locale.ROOT);
    private final AuditLabels indonesian = labels(Locale.of("id"));

    @Test
    void knownActionsReadAsWordsInEnglishAndBahasaIndonesia() {
        assertThat(english.action("membership.added")).isEqualTo("Member added");
        assertThat(indonesian.action("membership.added")).isEqualTo("Anggota ditambahkan");
        assertThat(english.action("lead.converted")).isEqualTo("Lead converted to a client");
        assertThat(indonesian.action("lead.converted")).isEqualTo("Prospek menjadi klien");
    }

    @Test
    void everyKnownActionAndAreaHasATextInBothLanguages() {
        for (AuditLabels labels : new AuditLabels[] {english, indonesian}) {
            assertThat(AuditLabels.KNOWN_ACTIONS).allSatisfy(code -> assertThat(labels.action(code))
                    .as(code).doesNotContain("!", ".", "_").isNotBlank());
            assertThat(AuditLabels.KNOWN_AREAS).allSatisfy(area -> assertThat(labels.area(area + "."))
                    .as(area).doesNotContain("!", ".").isNotBlank());
        }
    }

    /**
     * Every action the backend writes to the audit chain (read from its sources: {@code new AuditRecord("...")}, the
     * codes its audit trails choose and the events' {@code auditAction()}) has its own words, so a new business action cannot reach the log as a code.
     */
    @Test
    void everyActionTheBackendRecordsHasItsOwnLabel() throws IOException {
        Path sources = Path.of("..", "backend", "src", "main", "java");
        Pattern recorded = Pattern.compile("AuditRecord\\(\\s*\"([a-z]+\\.[a-z-]+)\"");
        Pattern chosen = Pattern.compile("->\\s*\"([a-z]+\\.[a-z-]+)\"");
        Pattern declared = Pattern.compile("auditAction\\(\\)\\s*\\{\\s*return\\s*\"([a-z]+\\.[a-z-]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                recorded.matcher(text).results().forEach(m -> codes.add(m.group(1)));
                declared.matcher(text).results().forEach(m -> codes.add(m.group(1)));
                if (file.getFileName().toString().endsWith("AuditTrail.java")) {
                    chosen.matcher(text).results().forEach(m -> codes.add(m.group(1)));
                }
            }
        }
        assertThat(codes).as("codes found in the backend").contains("client.updated", "lead.converted",
                "membership.added", "onboarding.conflict-waived", "contract.signed");
        assertThat(AuditLabels.KNOWN_ACTIONS).containsAll(codes);
    }

    /** The signing ceremony's steps reach the audit log under codes made from their names ({@code contract.read}). */
    @Test
    void everyStepOfTheSigningCeremonyHasItsOwnLabel() {
        assertThat(java.util.Arrays.stream(io.klien.contracts.SigningStep.values())
                .filter(step -> step != io.klien.contracts.SigningStep.SIGNED)
                .map(io.klien.contracts.SigningStep::auditAction))
                .as("SIGNED is audited as the signature-recorded event").isNotEmpty()
                .allSatisfy(code -> assertThat(AuditLabels.KNOWN_ACTIONS).contains(code));
    }

    @Test
    void codesWrittenWithUnderscoresReadLikeTheirHyphenatedTwins() {
        assertThat(english.action("client.status_changed")).isEqualTo("Client's status changed");
        assertThat(english.action("client.contact_added")).isEqualTo("Client contact added");
        assertThat(indonesian.action("client.team_member_added")).isEqualTo("Ditambahkan ke tim akun klien");
    }

    @Test
    void anUnknownCodeStillReadsAsWordsWithItsAreaTranslated() {
        assertThat(english.action("client.archived")).isEqualTo("Clients: Archived");
        assertThat(indonesian.action("client.archived")).isEqualTo("Klien: Archived");
        assertThat(english.action("invoice.reminder_sent")).isEqualTo("Invoice: Reminder sent");
        assertThat(english.action("heartbeat")).isEqualTo("Heartbeat");
    }

    @Test
    void rolesAndStatusesInBeforeAndAfterReadAsWords() {
        assertThat(english.summary("TENANT_ADMIN/INVITED")).isEqualTo("Administrator/Invited");
        assertThat(english.summary("status=ACTIVE, role=STAFF")).isEqualTo("status=Active, role=Staff");
        assertThat(indonesian.summary("status=DEACTIVATED")).doesNotContain("DEACTIVATED");
        assertThat(english.summary("slug=hartono-law, name=Hartono & Partners"))
                .isEqualTo("slug=hartono-law, name=Hartono & Partners");
        assertThat(english.summary("method=PASSPORT")).as("codes it does not know stay as they are")
                .isEqualTo("method=PASSPORT");
    }

    private static AuditLabels labels(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // as KlienTranslations does: texts without arguments are taken as they are
        return new AuditLabels((key, arguments) -> !bundle.containsKey(key) ? "!" + key + "!"
                : arguments.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(arguments));
    }
}
