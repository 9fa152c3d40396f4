package io.klien.onboarding;

/**
 * Where a step of a running onboarding stands: locked until its prerequisites are done (or skipped), then open, in
 * progress once work on it started, and finally done, or skipped (optional steps only).
 */
public enum StepState {
    LOCKED, OPEN, IN_PROGRESS, DONE, SKIPPED;

    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
