package io.klien.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One version in a template's history, with how many onboardings started from it. */
public record TemplateVersionView(UUID versionId, int number, TemplateVersionStatus status, Instant createdAt,
        @Nullable Instant publishedAt, long onboardingsStarted) {
}
