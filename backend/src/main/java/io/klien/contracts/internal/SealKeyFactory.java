package io.klien.contracts.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;

/**
 * Makes a firm's seal keys: an EC P-256 key pair and a self-signed certificate naming the firm, the private key
 * encrypted for storage; and turns a stored key back into what signs.
 */
@Component
class SealKeyFactory {

    static final String ALGORITHM = "EC_P256";
    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(365L * 30);

    private final KeyEncryption encryption;
    private final SecureRandom random = new SecureRandom();

    SealKeyFactory(KeyEncryption encryption) {
        this.encryption = encryption;
    }

    /** A new key for the firm, with a certificate valid from now on. */
    SealKeyMaterial generate(UUID tenantId, String firmName, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, firmName + " (sealed by Klien)")
                    .addRDN(BCStyle.O, firmName)
                    .addRDN(BCStyle.OU, "Klien contract seal " + tenantId)
                    .build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            byte[] certificate = builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(pair.getPrivate()))
                    .getEncoded();
            byte[] encrypted = encryption.encrypt(pair.getPrivate().getEncoded(), binding(tenantId, certificate));
            return new SealKeyMaterial(ALGORITHM, certificate, encrypted, encryption.keyId());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Could not make a seal key", e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a seal certificate", e);
        }
    }

    /** The key and certificate a stored seal key signs with. */
    SealingIdentity identity(ContractSealKey key) {
        byte[] certificate = key.certificate();
        byte[] plain = encryption.decrypt(key.encryptedPrivateKey(), binding(key.tenantId(), certificate),
                key.keyEncryptionKeyId());
        try {
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(plain));
            return new SealingIdentity(key.id(), privateKey, certificate(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored seal key could not be read", e);
        }
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored seal certificate could not be read", e);
        }
    }

    /** Ties an encrypted key to its firm and certificate, so it does not decrypt in another row. */
    private static byte[] binding(UUID tenantId, byte[] certificate) {
        return (tenantId + "\n" + Sha256.hex(certificate)).getBytes(StandardCharsets.US_ASCII);
    }
}
