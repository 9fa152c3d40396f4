package io.klien.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * An upload received in full into a temporary file before anything is stored, so a slow sender holds no database
 * connection or lock; {@link Documents#store(DocumentOwner, ReceivedUpload, DocumentPolicy)} then stores it.
 * Closing deletes the file.
 */
public final class ReceivedUpload implements AutoCloseable {

    private final @Nullable String filename;
    private final @Nullable String declaredType;
    private final Path file;
    private final long size;

    ReceivedUpload(@Nullable String filename, @Nullable String declaredType, Path file, long size) {
        this.filename = filename;
        this.declaredType = declaredType;
        this.file = file;
        this.size = size;
    }

    public @Nullable String filename() {
        return filename;
    }

    public @Nullable String declaredType() {
        return declaredType;
    }

    /** The bytes received. */
    public long size() {
        return size;
    }

    InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
