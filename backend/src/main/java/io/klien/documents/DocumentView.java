package io.klien.documents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored document: its sanitised filename, the type detected from its content, size in bytes, SHA-256 (lower-case
 * hex) and who uploaded it when ({@code uploadedBy} is null for system work).
 */
public record DocumentView(UUID id, DocumentOwner owner, String filename, DocumentType type, long size, String sha256,
        @Nullable String uploadedBy, Instant uploadedAt) {
}
