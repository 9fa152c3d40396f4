package io.klien.onboarding;

/** The document an identity was verified against. */
public enum IdentityDocumentType {
    NATIONAL_ID, PASSPORT, DRIVING_LICENSE, COMPANY_REGISTRATION, TAX_ID, OTHER
}
