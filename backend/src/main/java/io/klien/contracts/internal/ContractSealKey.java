package io.klien.contracts.internal;

import java.time.Instant;

import io.klien.contracts.SealKeyView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A firm's seal key: the certificate in the clear, the private key encrypted under the key-encryption key from
 * configuration. Retired keys stay, so that the seals they made still verify.
 */
@Entity
@Table(name = "contract_seal_key")
class ContractSealKey extends TenantOwnedEntity {

    @Column(updatable = false)
    private String algorithm;
    @Column(updatable = false)
    private byte[] certificate;
    @Column(name = "certificate_sha256", updatable = false)
    private String certificateSha256;
    @Column(name = "encrypted_private_key", updatable = false)
    private byte[] encryptedPrivateKey;
    @Column(name = "key_encryption_key_id", updatable = false)
    private String keyEncryptionKeyId;
    private boolean active;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected ContractSealKey() {
        this.algorithm = "";
        this.certificate = new byte[0];
        this.certificateSha256 = "";
        this.encryptedPrivateKey = new byte[0];
        this.keyEncryptionKeyId = "";
        this.createdAt = Instant.EPOCH;
    }

    static ContractSealKey active(SealKeyMaterial material, Instant at) {
        ContractSealKey key = new ContractSealKey();
        key.algorithm = material.algorithm();
        key.certificate = material.certificate().clone();
        key.certificateSha256 = Sha256.hex(material.certificate());
        key.encryptedPrivateKey = material.encryptedPrivateKey().clone();
        key.keyEncryptionKeyId = material.keyEncryptionKeyId();
        key.active = true;
        key.createdAt = at;
        return key;
    }

    void retire(Instant at) {
        active = false;
        retiredAt = at;
    }

    byte[] certificate() {
        return certificate.clone();
    }

    byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    String keyEncryptionKeyId() {
        return keyEncryptionKeyId;
    }

    SealKeyView toView(String subject) {
        return new SealKeyView(id(), algorithm, certificateSha256, subject, active, createdAt, retiredAt);
    }
}
