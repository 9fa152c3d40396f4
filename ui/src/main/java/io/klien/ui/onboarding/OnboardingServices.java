package io.klien.ui.onboarding;

import java.util.function.Function;

import io.klien.documents.Documents;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.Onboardings;
import org.jspecify.annotations.Nullable;

/**
 * What a checklist needs to show and work its steps (the panel of each step type among them), how it names people (by
 * Keycloak subject), and the firm's time zone.
 */
record OnboardingServices(Onboardings onboardings, OnboardingSteps steps, OnboardingUploads uploads,
        Documents documents, StepPanels panels, Function<@Nullable String, String> personName, java.time.ZoneId zone) {
}
