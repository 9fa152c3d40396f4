package io.klien.onboarding;

import java.util.List;

/** An onboarding with its steps in order. */
public record Checklist(OnboardingSummary onboarding, List<StepView> steps) {
}
