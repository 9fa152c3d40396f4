package io.klien.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of a running onboarding as the checklist shows it: what it asks, who does it and by when, where it stands,
 * and what has been recorded on it ({@link #outcome()}, of its type's {@link StepType#outcomeType() outcome type}).
 * Client users get no {@link StepOutcome#firmOnly() firm-only} outcome (conflict checks, KYC): {@code null}.
 */
public record StepView(UUID id, UUID onboardingId, int position, String key, String title,
        @Nullable String instructions, StepType type, StepSide ownerSide, @Nullable AssigneeRole assigneeRole,
        @Nullable String assigneeSubject, LocalDate dueDate, boolean overdue, boolean required,
        List<String> prerequisites, StepState state, @Nullable Instant completedAt, @Nullable String completedBy,
        @Nullable StepSide completedSide, @Nullable String skipReason, List<FormField> fields,
        @Nullable DocumentRequirements documents, @Nullable StepOutcome outcome, long commentCount, long version) {

    /** The outcome if one of this type is recorded and shown. */
    public <O extends StepOutcome> @Nullable O outcome(Class<O> type) {
        return type.isInstance(outcome) ? type.cast(outcome) : null;
    }

    // shortcuts to the outcomes of the built-in step types

    /** An intake form's answers so far (none when nothing was saved). */
    public Map<String, List<String>> answers() {
        FormAnswers answers = outcome(FormAnswers.class);
        return answers == null ? Map.of() : answers.values();
    }

    public @Nullable Instant answersSavedAt() {
        FormAnswers answers = outcome(FormAnswers.class);
        return answers == null ? null : answers.savedAt();
    }

    /** The documents attached to a document request. */
    public List<UUID> documentIds() {
        AttachedDocuments attached = outcome(AttachedDocuments.class);
        return attached == null ? List.of() : attached.documentIds();
    }

    public @Nullable ConflictCheckView conflict() {
        return outcome(ConflictCheckView.class);
    }

    public @Nullable KycView kyc() {
        return outcome(KycView.class);
    }

    public @Nullable KickoffView kickoff() {
        return outcome(KickoffView.class);
    }

    public @Nullable LocalDate letterSignedOn() {
        LetterSignature letter = outcome(LetterSignature.class);
        return letter == null ? null : letter.signedOn();
    }

    /** The contract that is this engagement letter, when one was drafted or linked from the step. */
    public @Nullable UUID letterContractId() {
        LetterSignature letter = outcome(LetterSignature.class);
        return letter == null ? null : letter.contractId();
    }
}
