package io.klien.onboarding;

/**
 * Who in the firm (or at the client) a step is assigned to when no one is named: anyone of a role, or the
 * client's representative, resolved when the onboarding starts.
 */
public enum AssigneeRole {
    TENANT_ADMIN, STAFF, REPRESENTATIVE, CLIENT
}
