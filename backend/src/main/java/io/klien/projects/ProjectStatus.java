package io.klien.projects;

/** Where a project stands, as its lead says (with a reason when it is not on track). */
public enum ProjectStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, ON_HOLD, DONE;

    /** Statuses that need the lead to say why. */
    public boolean needsReason() {
        return this == AT_RISK || this == OFF_TRACK || this == ON_HOLD;
    }
}
