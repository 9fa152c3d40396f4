package io.klien.projects;

/** How far a task is. */
public enum TaskState {
    OPEN, IN_PROGRESS, DONE
}
