package io.klien.onboarding;

/** Who does a step: the firm's staff, or the client in the portal. */
public enum StepSide {
    FIRM, CLIENT
}
