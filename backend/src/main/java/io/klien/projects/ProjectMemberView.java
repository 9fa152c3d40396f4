package io.klien.projects;

/** A colleague on a project's team. */
public record ProjectMemberView(String subject, ProjectRole role) {
}
