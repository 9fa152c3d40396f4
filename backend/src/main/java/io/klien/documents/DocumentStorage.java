package io.klien.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where document content lives, per active tenant and document id; PostgreSQL by default. An S3-compatible store can
 * implement it with one object per document (key {@code <tenant>/<document>}, multipart upload), deleting what it
 * wrote when the surrounding transaction rolls back.
 */
public interface DocumentStorage {

    /**
     * Reads the stream to its end and stores it, holding at most a chunk of it in memory; returns the bytes stored.
     * Runs inside the caller's transaction: if that rolls back, nothing stays stored.
     */
    long put(UUID documentId, InputStream content) throws IOException;

    /** The stored content, read lazily a chunk at a time; empty when there is none. */
    InputStream open(UUID documentId);

    /** Removes the content (nothing happens when there is none). */
    void delete(UUID documentId);
}
