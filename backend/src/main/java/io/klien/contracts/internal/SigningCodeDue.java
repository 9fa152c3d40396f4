package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code to mail once the request has committed. The code travels encrypted (the event is stored until
 * delivered); the database keeps only its hash.
 */
record SigningCodeDue(UUID tenantId, UUID codeId, String email, String name, String contractTitle,
        String firmName, String languageTag, String timeZone, Instant expiresAt, String encryptedCode,
        String keyEncryptionKeyId) {
}
