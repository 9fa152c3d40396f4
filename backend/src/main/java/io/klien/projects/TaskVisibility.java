package io.klien.projects;

/** Whether the client sees a task: internal tasks never reach a client user, shared ones appear in the portal. */
public enum TaskVisibility {
    INTERNAL, SHARED
}
