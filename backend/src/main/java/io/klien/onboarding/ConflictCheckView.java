package io.klien.onboarding;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The last search of a conflict check with its hits, and the decision once staff made it. */
public record ConflictCheckView(List<String> searchedNames, List<ConflictHit> hits, @Nullable Instant checkedAt,
        @Nullable String checkedBy, @Nullable ConflictDecision decision, @Nullable String reason,
        @Nullable String decidedBy, @Nullable Instant decidedAt) {
}
