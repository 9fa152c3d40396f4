package io.klien.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters for the onboarding board; nulls and false mean "any". */
public record OnboardingFilter(@Nullable String representativeSubject, @Nullable UUID templateId, boolean overdueOnly,
        @Nullable OnboardingStatus status) {

    public static OnboardingFilter all() {
        return new OnboardingFilter(null, null, false, null);
    }
}
