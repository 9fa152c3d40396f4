package io.klien.projects;

/**
 * Where a deliverable's version stands: in review with the client, decided (approved, or changes requested — a
 * revision round), or superseded by a newer version before anyone decided.
 */
public enum VersionState {
    IN_REVIEW, APPROVED, CHANGES_REQUESTED, SUPERSEDED
}
