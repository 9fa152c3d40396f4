package io.klien.projects;

import java.time.Instant;
import java.util.UUID;

/**
 * The sealed acceptance certificate of an approved deliverable version: the PDF, a file name for it, its SHA-256 and
 * when it was sealed.
 */
public record AcceptanceCertificate(UUID versionId, String filename, byte[] pdf, String sha256, Instant sealedAt) {
}
