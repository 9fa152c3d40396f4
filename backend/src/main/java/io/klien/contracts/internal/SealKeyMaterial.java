package io.klien.contracts.internal;

/** A new seal key as stored: its certificate and its private key encrypted under the key-encryption key. */
record SealKeyMaterial(String algorithm, byte[] certificate, byte[] encryptedPrivateKey, String keyEncryptionKeyId) {
}
