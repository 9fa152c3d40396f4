package io.klien.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of a running onboarding as the checklist shows it: what it asks, who does it and by when, where it stands,
 * and what has been recorded on it. Client users get no conflict-check or KYC details ({@code null}).
 */
public record StepView(UUID id, UUID onboardingId, int position, String key, String title,
        @Nullable String instructions, StepType type, StepSide ownerSide, @Nullable AssigneeRole assigneeRole,
        @Nullable String assigneeSubject, LocalDate dueDate, boolean overdue, boolean required,
        List<String> prerequisites, StepState state, @Nullable Instant completedAt, @Nullable String completedBy,
        @Nullable StepSide completedSide, @Nullable String skipReason, List<FormField> fields,
        @Nullable DocumentRequirements documents, Map<String, List<String>> answers, @Nullable Instant answersSavedAt,
        List<UUID> documentIds, @Nullable ConflictCheckView conflict, @Nullable KycView kyc,
        @Nullable KickoffView kickoff, @Nullable LocalDate letterSignedOn, long commentCount, long version) {
}
