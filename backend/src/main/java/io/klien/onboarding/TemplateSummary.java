package io.klien.onboarding;

import java.util.UUID;

import io.klien.clients.ClientKind;
import org.jspecify.annotations.Nullable;

/** A template in the firm's list: named by its current version (or its draft before the first publish). */
public record TemplateSummary(UUID templateId, String name, @Nullable String serviceLine, @Nullable ClientKind clientKind,
        @Nullable Integer currentVersion, boolean hasDraft, int stepCount) {
}
