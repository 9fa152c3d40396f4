package io.klien.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a conflict check (the firm's only): the last search with its hits, and the decision once staff made
 * it. A decision names who made it and when; a waiver gives its reason; a conflict holds the onboarding.
 */
public record ConflictCheckView(List<String> searchedNames, List<ConflictHit> hits, Instant checkedAt,
        @Nullable String checkedBy, @Nullable ConflictDecision decision, @Nullable String reason,
        @Nullable String decidedBy, @Nullable Instant decidedAt) implements StepOutcome {

    public ConflictCheckView {
        searchedNames = List.copyOf(searchedNames == null ? List.of() : searchedNames);
        hits = List.copyOf(hits == null ? List.of() : hits);
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (decision == null && (reason != null || decidedBy != null || decidedAt != null)) {
            throw new IllegalArgumentException("A conflict check without a decision has no reason or decider");
        }
        if (decision != null && decidedAt == null) {
            throw new IllegalArgumentException("A conflict decision says when it was made");
        }
        if (decision == ConflictDecision.WAIVED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A waived conflict gives its reason");
        }
    }

    /** A search just made, waiting for its decision. */
    public static ConflictCheckView searched(List<String> names, List<ConflictHit> hits, Instant at,
            @Nullable String by) {
        return new ConflictCheckView(names, hits, at, by, null, null, null, null);
    }

    /** This search with staff's decision on it. */
    public ConflictCheckView decided(ConflictDecision decision, @Nullable String reason, Instant at,
            @Nullable String by) {
        return new ConflictCheckView(searchedNames, hits, checkedAt, checkedBy, decision, reason, by, at);
    }

    @Override
    public boolean firmOnly() {
        return true;
    }

    @Override
    public boolean holdsOnboarding() {
        return decision == ConflictDecision.CONFLICT;
    }
}
