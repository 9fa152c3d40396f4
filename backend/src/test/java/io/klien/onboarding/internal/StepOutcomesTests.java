package io.klien.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;

/**
 * Each step type's outcome is checked when it is made and survives the trip through its JSON document unchanged; a
 * document of the wrong type, or one that breaks its record's rules, is refused both ways.
 */
class StepOutcomesTests {

    private static final Instant AT = Instant.parse("2026-12-06T04:20:00.123456Z");
    private static final UUID DOC = UUID.fromString("5f0c3a52-4c3e-4d0b-9a57-1d2f1c0e7a11");

    private static KickoffView kickoff(Instant starts, Instant ends, String place, List<String> attendees) {
        return new KickoffView(starts, ends, place, null, attendees, "rep@firm.test", "Rep", 0, AT);
    }

    @Test
    void everyStepTypeThatRecordsSomethingNamesItsOutcomeAndOnlyTheInternalTaskRecordsNothing() {
        assertThat(Arrays.stream(StepType.values()).filter(t -> t.outcomeType() == null))
                .containsExactly(StepType.INTERNAL_TASK);
        assertThat(Arrays.stream(StepType.values()).map(StepType::outcomeType).filter(t -> t != null).distinct())
                .hasSize(StepType.values().length - 1);
    }

    @Test
    void formAnswersSurviveTheirDocumentInTheirOrder() {
        FormAnswers answers = new FormAnswers(Map.of("name", List.of("PT Maju"), "size", List.of("S", "M")), AT,
                "staff-1");

        String json = StepOutcomes.write(StepType.INTAKE_FORM, answers);

        assertThat(json).contains("\"savedAt\":\"2026-12-06T04:20:00.123456Z\"");
        assertThat(StepOutcomes.read(StepType.INTAKE_FORM, json)).isEqualTo(answers);
        assertThatThrownBy(() -> new FormAnswers(Map.of(), null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void attachedDocumentsSurviveTheirDocumentAndHoldEachDocumentOnce() {
        AttachedDocuments attached = new AttachedDocuments(List.of(DOC, UUID.randomUUID()));

        assertThat(StepOutcomes.read(StepType.DOCUMENT_REQUEST, StepOutcomes.write(StepType.DOCUMENT_REQUEST,
                attached))).isEqualTo(attached);
        assertThatThrownBy(() -> new AttachedDocuments(List.of(DOC, DOC))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepOutcomes.read(StepType.DOCUMENT_REQUEST,
                "{\"documentIds\":[\"" + DOC + "\",\"" + DOC + "\"]}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid AttachedDocuments");
    }

    @Test
    void aConflictCheckSurvivesItsDocumentAndADecisionFollowsItsRules() {
        ConflictHit hit = new ConflictHit(ConflictHit.Source.ADVERSE_PARTY, DOC, null, "PT Lawan", "Lawan",
                ConflictHit.Match.PARTIAL);
        ConflictCheckView searched = ConflictCheckView.searched(List.of("PT Kawan", "Lawan"), List.of(hit), AT, "s1");
        ConflictCheckView waived = searched.decided(ConflictDecision.WAIVED, "Both consented", AT.plusSeconds(60), "s2");

        assertThat(StepOutcomes.read(StepType.CONFLICT_CHECK, StepOutcomes.write(StepType.CONFLICT_CHECK, waived)))
                .isEqualTo(waived);
        assertThat(searched.holdsOnboarding()).isFalse();
        assertThat(searched.decided(ConflictDecision.CONFLICT, null, AT, "s2").holdsOnboarding()).isTrue();
        assertThat(waived.firmOnly()).isTrue();
        assertThatThrownBy(() -> searched.decided(ConflictDecision.WAIVED, " ", AT, "s2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConflictCheckView(List.of(), List.of(), AT, null, null, "why", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConflictCheckView(List.of(), List.of(), AT, null, ConflictDecision.CLEAR, null,
                "s2", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdentityCheckSurvivesItsDocumentAndNamesTheDocumentsNumber() {
        KycView kyc = new KycView(KycMethod.IN_PERSON, IdentityDocumentType.PASSPORT, "X1234567", "staff-1",
                LocalDate.of(2026, 12, 5), null);

        assertThat(StepOutcomes.read(StepType.KYC, StepOutcomes.write(StepType.KYC, kyc.withDocument(DOC))))
                .isEqualTo(kyc.withDocument(DOC));
        assertThat(kyc.firmOnly()).isTrue();
        assertThatThrownBy(() -> new KycView(KycMethod.IN_PERSON, IdentityDocumentType.PASSPORT, "  ", "staff-1",
                LocalDate.of(2026, 12, 5), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKickoffSurvivesItsDocumentAndIsAMeetingSomewhereWithSomeoneThatEndsAfterItStarts() {
        KickoffView meeting = kickoff(AT, AT.plusSeconds(3600), "Office", List.of("a@client.test"));

        assertThat(StepOutcomes.read(StepType.KICKOFF_MEETING, StepOutcomes.write(StepType.KICKOFF_MEETING, meeting)))
                .isEqualTo(meeting);
        assertThat(meeting.firmOnly()).isFalse();
        assertThatThrownBy(() -> kickoff(AT, AT, "Office", List.of("a@client.test")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kickoff(AT, AT.plusSeconds(60), null, List.of("a@client.test")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kickoff(AT, AT.plusSeconds(60), "Office", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedLetterSurvivesItsDocumentAndNamesItsDay() {
        LetterSignature letter = new LetterSignature(LocalDate.of(2026, 12, 1));

        String json = StepOutcomes.write(StepType.ENGAGEMENT_LETTER, letter);

        assertThat(json).isEqualTo("{\"signedOn\":\"2026-12-01\",\"contractId\":null}");
        assertThat(StepOutcomes.read(StepType.ENGAGEMENT_LETTER, json)).isEqualTo(letter);
        assertThat(StepOutcomes.read(StepType.ENGAGEMENT_LETTER, "{\"signedOn\":\"2026-12-01\"}"))
                .as("a letter stored before letters were contracts").isEqualTo(letter);
        UUID contract = UUID.randomUUID();
        assertThat(StepOutcomes.read(StepType.ENGAGEMENT_LETTER, "{\"contractId\":\"" + contract + "\"}"))
                .isEqualTo(new LetterSignature(null, contract));
        assertThatThrownBy(() -> StepOutcomes.read(StepType.ENGAGEMENT_LETTER, "{}"))
                .as("neither a contract nor a day").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStepStoresOnlyItsOwnTypesOutcome() {
        StepOutcome letter = new LetterSignature(LocalDate.of(2026, 12, 1));

        assertThatThrownBy(() -> StepOutcomes.write(StepType.KYC, letter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KYC step does not record a LetterSignature");
        assertThatThrownBy(() -> StepOutcomes.write(StepType.INTERNAL_TASK, letter))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepOutcomes.read(StepType.INTERNAL_TASK, "{}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
