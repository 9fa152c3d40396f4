package io.klien.onboarding;

/** An onboarding runs until every required step is done, or until staff cancel it. */
public enum OnboardingStatus {
    IN_PROGRESS, COMPLETED, CANCELLED
}
