package io.klien.documents;

import java.io.InputStream;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Checks every upload before it becomes available; an infected verdict rejects the upload and nothing is kept. The
 * default finds nothing: define a bean (ClamAV, a cloud scanning API) to scan for real.
 */
@FunctionalInterface
public interface VirusScanner {

    Verdict scan(ScannedFile file);

    /** An upload to check; {@code content} opens its stored bytes (read them within the call). */
    record ScannedFile(UUID documentId, String filename, DocumentType type, long size, String sha256,
            Supplier<InputStream> content) {
    }

    /** Clean, or infected with the named threat. */
    record Verdict(@Nullable String threat) {

        public static final Verdict CLEAN = new Verdict(null);

        public static Verdict infected(String threat) {
            return new Verdict(threat);
        }

        public boolean isClean() {
            return threat == null;
        }
    }
}
