package io.klien.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An onboarding on the board: whose it is, from which template, how far along (required steps done of all
 * required), the earliest due date still open and whether it has passed, and whether a conflict blocks it.
 * {@code duration} is known once it completed.
 */
public record OnboardingSummary(UUID id, UUID clientId, String clientName, UUID templateId, String templateName,
        int templateVersion, OnboardingStatus status, @Nullable String representativeSubject, Instant startedAt,
        LocalDate startDate, @Nullable Instant completedAt, @Nullable Duration duration, int requiredDone,
        int requiredTotal, int progressPercent, @Nullable LocalDate nextDueDate, boolean overdue, boolean blocked,
        long version) {
}
