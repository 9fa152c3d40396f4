package io.klien.onboarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a template with its steps. {@code revision} goes back with the next save or publish so that an
 * edit made on a stale copy is refused; {@code currentVersion} is the number new onboardings start from (none
 * before the first publish).
 */
public record TemplateView(UUID templateId, UUID versionId, int versionNumber, TemplateVersionStatus status,
        TemplateDefinition definition, @Nullable Instant publishedAt, @Nullable Integer currentVersion,
        boolean hasDraft, long revision) {
}
