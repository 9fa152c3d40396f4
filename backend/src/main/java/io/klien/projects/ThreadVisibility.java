package io.klien.projects;

/** Who reads a discussion thread: the firm only, or the firm and the client's users. */
public enum ThreadVisibility {
    INTERNAL, SHARED
}
