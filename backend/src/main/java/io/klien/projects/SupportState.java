package io.klien.projects;

/** Where a support request stands: open (the firm works on it), resolved (the client may confirm or reopen), closed. */
public enum SupportState {
    OPEN, RESOLVED, CLOSED
}
