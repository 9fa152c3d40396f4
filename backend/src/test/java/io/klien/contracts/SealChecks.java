package io.klien.contracts;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.jspecify.annotations.Nullable;

/**
 * The independent seal check and poppler's pdftotext for tests of other modules that seal with the firm's key (the
 * checks themselves stay package-private here).
 */
public final class SealChecks {

    /** What the independent check found: whether the file is untouched, and the SHA-256 of the sealing certificate. */
    public record Finding(boolean untouched, boolean signatureValid, @Nullable String certificateSha256) {
    }

    private SealChecks() {
    }

    public static Finding check(byte[] pdf) throws Exception {
        IndependentSealCheck.Result result = IndependentSealCheck.check(pdf);
        X509Certificate certificate = result.certificate();
        String sha256 = certificate == null ? null : SealKeyFingerprint.of(certificate);
        return new Finding(result.untouched(), result.signatureValid(), sha256);
    }

    /** The text poppler's pdftotext reads from the file. */
    public static String pdftotext(Path file) throws Exception {
        ExternalTools.Output output = ExternalTools.run("pdftotext", file, "-layout");
        if (output.exitCode() != 0) {
            throw new AssertionError("pdftotext failed: " + output.text());
        }
        return output.text();
    }
}
