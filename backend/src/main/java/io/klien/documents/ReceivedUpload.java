package io.klien.documents;

import org.jspecify.annotations.Nullable;

/**
 * An upload received in full into a temporary file before anything is stored, so a slow sender holds no database
 * connection or lock; {@link Documents#store(DocumentOwner, ReceivedUpload, DocumentPolicy)} then stores it.
 * Closing deletes the file.
 */
public interface ReceivedUpload extends AutoCloseable {

    @Nullable String filename();

    @Nullable String declaredType();

    /** The bytes received. */
    long size();

    /** Deletes the temporary file. */
    @Override
    void close();
}
