package io.klien.onboarding;

/** A template version being edited, the one new onboardings start from, or one a later version replaced. */
public enum TemplateVersionStatus {
    DRAFT, CURRENT, SUPERSEDED
}
