package io.klien.leads;

/** What happened on a lead; STAGE_CHANGE is recorded by the pipeline itself. */
public enum ActivityType {
    CALL, MEETING, EMAIL, NOTE, STAGE_CHANGE
}
