package io.klien.projects;

import java.util.UUID;

/** Something that happened to a project, carrying the firm; each one goes to the firm's audit chain. */
public interface ProjectEvent {

    UUID tenantId();

    UUID projectId();

    /** The audit action, e.g. {@code project.created}. */
    String auditAction();

    /** A short summary for the audit entry. */
    String auditDetails();
}
