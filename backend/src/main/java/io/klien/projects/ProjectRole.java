package io.klien.projects;

/** A colleague's part in a project: its one lead, or a member. */
public enum ProjectRole {
    LEAD, MEMBER
}
