package io.klien.contracts;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The SHA-256 of a certificate's encoding, as the firm's key list shows it. */
final class SealKeyFingerprint {

    private SealKeyFingerprint() {
    }

    static String of(X509Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }
}
