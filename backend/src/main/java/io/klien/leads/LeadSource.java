package io.klien.leads;

/** Where a lead came from. */
public enum LeadSource {
    REFERRAL, WEBSITE, EVENT, EXISTING_CUSTOMER, OTHER
}
