package io.klien.testimonials.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Single-use link tokens: 32 random bytes, URL-safe; only their SHA-256 is stored. */
final class SingleUseTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SingleUseTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return AskService.sha256(token);
    }
}
