package io.klien.tenancy;

/** Where a membership stands: invited (not yet accepted), active, or deactivated by a tenant admin. */
public enum MembershipStatus {
    INVITED, ACTIVE, DEACTIVATED
}
