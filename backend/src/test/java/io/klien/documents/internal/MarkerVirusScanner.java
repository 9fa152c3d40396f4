package io.klien.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.klien.documents.VirusScanner;
import org.springframework.stereotype.Component;

/**
 * The backend tests' virus scanner (it takes the place of the no-op default): reads every upload through and finds a
 * test signature anywhere in it, also across chunk boundaries. Remembers what it read.
 */
@Component
class MarkerVirusScanner implements VirusScanner {

    static final String SIGNATURE = "KLIEN-TEST-SIGNATURE-NOT-A-REAL-VIRUS";
    static final String THREAT = "Klien.Test.Signature";

    /** What one scan saw: the SHA-256 and length of the content it actually read. */
    record Scan(UUID documentId, String filename, long declaredSize, long bytesRead, String sha256OfBytesRead) {
    }

    private final List<Scan> scans = new CopyOnWriteArrayList<>();

    @Override
    public Verdict scan(ScannedFile file) {
        byte[] signature = SIGNATURE.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = file.content().get()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            String carried = "";
            boolean found = false;
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                total += n;
                String window = carried + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                found |= window.contains(SIGNATURE);
                carried = window.substring(Math.max(0, window.length() - signature.length + 1));
            }
            scans.add(new Scan(file.documentId(), file.filename(), file.size(), total,
                    HexFormat.of().formatHex(sha.digest())));
            return found ? Verdict.infected(THREAT) : Verdict.CLEAN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Scan> scans() {
        return List.copyOf(scans);
    }
}
