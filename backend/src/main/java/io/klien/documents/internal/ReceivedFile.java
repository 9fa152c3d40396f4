package io.klien.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.klien.documents.ReceivedUpload;
import org.jspecify.annotations.Nullable;

/** The temporary file behind a {@link ReceivedUpload}. */
final class ReceivedFile implements ReceivedUpload {

    private final @Nullable String filename;
    private final @Nullable String declaredType;
    private final Path file;
    private final long size;

    ReceivedFile(@Nullable String filename, @Nullable String declaredType, Path file, long size) {
        this.filename = filename;
        this.declaredType = declaredType;
        this.file = file;
        this.size = size;
    }

    @Override
    public @Nullable String filename() {
        return filename;
    }

    @Override
    public @Nullable String declaredType() {
        return declaredType;
    }

    @Override
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
