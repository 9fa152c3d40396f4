package io.klien.contracts.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Encrypts the firms' private seal keys at rest with AES-256-GCM under {@code klien.contracts.key-encryption-key}
 * (KLIEN_CONTRACTS_KEY), a secret kept in configuration and never in the database: a copy of the database alone cannot
 * seal. Each ciphertext is bound to its firm and key row, so an encrypted key moved to another row does not decrypt.
 * The app refuses to finish starting without a secret of at least 32 characters.
 */
@Component
class KeyEncryption implements ApplicationRunner {

    static final int MIN_SECRET_LENGTH = 32;
    static final String SETTING = "klien.contracts.key-encryption-key (environment KLIEN_CONTRACTS_KEY)";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String secret;
    private final SecureRandom random = new SecureRandom();

    KeyEncryption(@Value("${klien.contracts.key-encryption-key:}") String secret) {
        this.secret = secret;
    }

    @Override
    public void run(ApplicationArguments args) {
        aesKey();
    }

    /** Names the key-encryption key without revealing it, so each stored key tells which one it needs. */
    public String keyId() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(aesKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("klien-contracts-kek-id".getBytes(StandardCharsets.US_ASCII)))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256", e);
        }
    }

    byte[] encrypt(byte[] plain, byte[] boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is provided by every Java runtime", e);
        }
    }

    /** The plain key, or a clear failure when it was encrypted under another key-encryption key or altered. */
    byte[] decrypt(byte[] encrypted, byte[] boundTo, String encryptedUnderKeyId) {
        if (!encryptedUnderKeyId.equals(keyId())) {
            throw new SealKeyUnavailableException("This seal key was encrypted under key-encryption key "
                    + encryptedUnderKeyId + ", but " + SETTING + " is now key " + keyId()
                    + ": configure the key it was made with");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey(), "AES"),
                    new GCMParameterSpec(TAG_BITS, encrypted, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo);
            return cipher.doFinal(encrypted, NONCE_BYTES, encrypted.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealKeyUnavailableException("This seal key does not decrypt under " + SETTING
                    + ": the stored key was altered or belongs to another firm or row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is provided by every Java runtime", e);
        }
    }

    private byte[] aesKey() {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(SETTING + " must be set to a secret of at least " + MIN_SECRET_LENGTH
                    + " characters kept outside the database; it encrypts the firms' seal keys");
        }
        byte[] derived = Sha256.of(("klien-contracts-kek-v1\n" + secret).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(derived, derived.length);
    }
}
