package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Private seal keys at rest: encrypted under the configured key, useless under any other, and bound to their row. */
class KeyEncryptionTests {

    static final String SECRET = "a-key-encryption-key-of-forty-characters";
    final KeyEncryption encryption = new KeyEncryption(SECRET);
    final SealKeyFactory factory = new SealKeyFactory(encryption);
    final UUID firm = UUID.randomUUID();

    @Test
    void aGeneratedKeyDecryptsUnderTheSameKeyAndSigns() {
        ContractSealKey key = storedAs(firm, factory.generate(firm, "Firma Contoh", Instant.now()));

        SealingIdentity identity = factory.identity(key);

        assertThat(identity.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(identity.certificate().getSubjectX500Principal().getName()).contains("O=Firma Contoh");
        assertThat(identity.certificate().getPublicKey()).isNotNull();
    }

    @Test
    void aWrongKeyEncryptionKeyFailsNamingTheSettingAndBothKeyIds() {
        ContractSealKey key = storedAs(firm, factory.generate(firm, "Firma Contoh", Instant.now()));
        KeyEncryption other = new KeyEncryption("another-key-encryption-key-of-forty-chars");

        assertThatThrownBy(() -> new SealKeyFactory(other).identity(key))
                .isInstanceOf(SealKeyUnavailableException.class)
                .hasMessageContaining("KLIEN_CONTRACTS_KEY")
                .hasMessageContaining(encryption.keyId())
                .hasMessageContaining(other.keyId());
    }

    @Test
    void anEncryptedKeyMovedToAnotherFirmDoesNotDecrypt() {
        ContractSealKey key = storedAs(UUID.randomUUID(), factory.generate(firm, "Firma Contoh", Instant.now()));

        assertThatThrownBy(() -> factory.identity(key))
                .isInstanceOf(SealKeyUnavailableException.class)
                .hasMessageContaining("altered or belongs to another firm");
    }

    @Test
    void aShortOrMissingSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new KeyEncryption("").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KLIEN_CONTRACTS_KEY")
                .hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> new KeyEncryption("short").keyId()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void encryptionIsRandomisedAndAuthenticated() {
        byte[] plain = {1, 2, 3, 4};
        byte[] bound = "row".getBytes();
        byte[] first = encryption.encrypt(plain, bound);
        byte[] second = encryption.encrypt(plain, bound);
        first[first.length - 1] ^= 1;

        assertThat(second).isNotEqualTo(encryption.encrypt(plain, bound));
        assertThat(encryption.decrypt(second, bound, encryption.keyId())).containsExactly(plain);
        assertThatThrownBy(() -> encryption.decrypt(first, bound, encryption.keyId()))
                .isInstanceOf(SealKeyUnavailableException.class);
    }

    /** The row as the repository would load it, with its tenant set as Hibernate sets it. */
    private static ContractSealKey storedAs(UUID tenant, SealKeyMaterial material) {
        ContractSealKey key = ContractSealKey.active(material, Instant.now());
        try {
            var field = io.klien.shared.tenant.TenantOwnedEntity.class.getDeclaredField("tenantId");
            field.setAccessible(true);
            field.set(key, tenant);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return key;
    }
}
