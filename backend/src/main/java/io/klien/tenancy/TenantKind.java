package io.klien.tenancy;

/** What kind of firm a tenant is; decides the onboarding templates it starts with. */
public enum TenantKind {
    LAW_FIRM, MARKETING_AGENCY, ACCOUNTING_FIRM, DESIGN_STUDIO, INSURANCE_AGENCY, REAL_ESTATE_AGENCY, OTHER
}
