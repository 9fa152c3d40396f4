package io.klien.contracts.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.UUID;

/** What seals: a firm's private key (decrypted only for the moment of sealing) and its certificate. */
record SealingIdentity(UUID keyId, PrivateKey privateKey, X509Certificate certificate) {
}
