package io.klien.onboarding;

/** What staff decided after a conflict-of-interest check; a conflict stops the onboarding from completing. */
public enum ConflictDecision {
    CLEAR, WAIVED, CONFLICT
}
