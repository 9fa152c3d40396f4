package io.klien.contracts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;

/**
 * A seal check written apart from the production verifier and sharing none of its code: it finds the ByteRange and the
 * signature value in the file's raw bytes (no PDF library), hashes the covered bytes itself, and checks the CMS
 * attributes and the ECDSA signature with the JDK's own Signature, reading the CMS structure with BouncyCastle.
 */
final class IndependentSealCheck {

    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");

    /**
     * @param signatureValid the CMS signature verifies over exactly the bytes the ByteRange names
     * @param coversWholeFile the ByteRange runs from the first byte to the last
     */
    record Result(int signatures, boolean signatureValid, boolean coversWholeFile, boolean padesAttributes,
            @Nullable X509Certificate certificate) {

        boolean untouched() {
            return signatures == 1 && signatureValid && coversWholeFile && padesAttributes;
        }
    }

    private IndependentSealCheck() {
    }

    static Result check(byte[] pdf) throws Exception {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        List<long[]> ranges = new ArrayList<>();
        Matcher m = BYTE_RANGE.matcher(latin1);
        while (m.find()) {
            ranges.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4))});
        }
        if (ranges.isEmpty()) {
            // no signature dictionary readable in the file's bytes: nothing sealed it as it is now
            return new Result(0, false, false, false, null);
        }
        if (!Pattern.compile("/SubFilter\\s*/ETSI\\.CAdES\\.detached").matcher(latin1).find()) {
            throw new AssertionError("no ETSI.CAdES.detached SubFilter");
        }
        long[] range = ranges.getFirst();
        int gapStart = (int) range[1];
        int gapEnd = (int) range[2];
        if (range[0] != 0 || pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>') {
            throw new AssertionError("the ByteRange gap is not the signature's hex string");
        }
        byte[] contents = HexFormat.of().parseHex(latin1.substring(gapStart + 1, gapEnd - 1));
        byte[] covered = covered(pdf, range);

        CMSSignedData cms = new CMSSignedData(trimmed(contents));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        AttributeTable attributes = signer.getSignedAttributes();

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(covered);
        ASN1Encodable claimed = attributes.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0);
        boolean digestMatches = Arrays.equals(ASN1OctetString.getInstance(claimed).getOctets(), digest);

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signer.getEncodedSignedAttributes());
        boolean signatureMatches = verifier.verify(signer.getSignature());

        Attribute signingCertificate = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        boolean pades = signingCertificate != null && attributes.get(CMSAttributes.signingTime) == null
                && Arrays.equals(SigningCertificateV2.getInstance(signingCertificate.getAttrValues().getObjectAt(0))
                        .getCerts()[0].getCertHash(), MessageDigest.getInstance("SHA-256").digest(holder.getEncoded()));

        return new Result(ranges.size(), digestMatches && signatureMatches, range[2] + range[3] == pdf.length, pades,
                certificate);
    }

    private static byte[] covered(byte[] pdf, long[] range) {
        int first = (int) range[1];
        int secondStart = (int) range[2];
        int second = (int) Math.min(range[3], pdf.length - secondStart);
        byte[] covered = new byte[first + second];
        System.arraycopy(pdf, 0, covered, 0, first);
        System.arraycopy(pdf, secondStart, covered, first, second);
        return covered;
    }

    /** The signature value is padded with zeros to its reserved size; the DER object's own length ends it. */
    private static byte[] trimmed(byte[] contents) {
        int length;
        int lengthByte = contents[1] & 0xff;
        if (lengthByte < 0x80) {
            length = 2 + lengthByte;
        } else {
            int count = lengthByte & 0x7f;
            int value = 0;
            for (int i = 0; i < count; i++) {
                value = (value << 8) | (contents[2 + i] & 0xff);
            }
            length = 2 + count + value;
        }
        return Arrays.copyOf(contents, length);
    }
}
