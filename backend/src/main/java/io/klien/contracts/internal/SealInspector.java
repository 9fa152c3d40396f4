package io.klien.contracts.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

import io.klien.contracts.SealFinding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PDF's seal and checks it cryptographically, without trusting anything yet: which certificate signed, whether
 * the signature covers every byte of the file, and whether it matches those bytes. Whether the certificate is one of
 * the firm's keys is the caller's question.
 */
final class SealInspector {

    static final String VERIFICATION_CODE_KEY = "KlienVerificationCode";

    private SealInspector() {
    }

    /** What the seal of a PDF says, or a finding why there is no usable seal. */
    record Inspection(@Nullable SealFinding problem, byte @Nullable [] certificate, @Nullable Instant sealedAt,
            @Nullable String verificationCode) {

        static Inspection failed(SealFinding problem) {
            return new Inspection(problem, null, null, null);
        }
    }

    static Inspection inspect(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Inspection.failed(SealFinding.NO_SEAL);
            }
            if (signatures.size() > 1
                    || !PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signatures.getFirst().getSubFilter())) {
                return Inspection.failed(SealFinding.FOREIGN_SEAL);
            }
            PDSignature signature = signatures.getFirst();
            String code = document.getDocumentInformation().getCustomMetadataValue(VERIFICATION_CODE_KEY);
            Calendar signDate = signature.getSignDate();
            Instant sealedAt = signDate == null ? null : signDate.toInstant();
            return check(pdf, signature, sealedAt, code);
        } catch (IOException e) {
            return Inspection.failed(SealFinding.NOT_A_PDF);
        }
    }

    /**
     * The seal's certificate comes from the signature value as the dictionary holds it, so that a document whose
     * signed bytes were rewritten still names the firm whose seal it broke.
     */
    private static Inspection check(byte[] pdf, PDSignature signature, @Nullable Instant sealedAt,
            @Nullable String code) throws IOException {
        ContentInfo value;
        SignerInformation signer;
        X509CertificateHolder holder;
        try {
            value = firstObject(signature.getContents());
            CMSSignedData cms = new CMSSignedData(value);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Inspection.failed(SealFinding.FOREIGN_SEAL);
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.size() != 1 || !NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
                return Inspection.failed(SealFinding.FOREIGN_SEAL);
            }
            holder = matches.iterator().next();
        } catch (CMSException e) {
            return Inspection.failed(SealFinding.FOREIGN_SEAL);
        }
        byte[] certificate = holder.getEncoded();
        if (!namesCertificate(signer.getSignedAttributes(), certificate)) {
            return Inspection.failed(SealFinding.FOREIGN_SEAL);
        }
        Inspection mismatch = new Inspection(SealFinding.SIGNATURE_MISMATCH, certificate, sealedAt, code);
        int[] range = signature.getByteRange();
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
                || (long) range[2] + range[3] > pdf.length || !onlySignatureValueUnsigned(pdf, range)) {
            return mismatch;
        }
        try {
            SignerInformation covering = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    value).getSignerInfos().get(signer.getSID());
            if (covering == null || !covering.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return mismatch;
            }
        } catch (CMSException e) {
            // includes a message digest that does not match the covered bytes
            return mismatch;
        } catch (OperatorCreationException | GeneralSecurityException e) {
            return Inspection.failed(SealFinding.FOREIGN_SEAL);
        }
        if ((long) range[2] + range[3] != pdf.length) {
            return new Inspection(SealFinding.CONTENT_AFTER_SEAL, certificate, sealedAt, code);
        }
        return new Inspection(null, certificate, sealedAt, code);
    }

    /** The signature value is zero-padded to its reserved size: the CMS is the first DER object in it. */
    private static ContentInfo firstObject(byte[] contents) throws CMSException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        } catch (IOException | IllegalArgumentException e) {
            throw new CMSException("The signature value is not a CMS structure", e);
        }
    }

    /** The gap the ByteRange leaves out is exactly the hex string of the signature value, nothing else. */
    private static boolean onlySignatureValueUnsigned(byte[] pdf, int[] range) {
        int start = range[1];
        int end = range[2];
        if (end - start < 2 || pdf[start] != '<' || pdf[end - 1] != '>') {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            byte b = pdf[i];
            boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    /** The signing-certificate-v2 attribute names the certificate the CMS carries (SHA-256 of its encoding). */
    private static boolean namesCertificate(@Nullable AttributeTable signed, byte[] certificate) {
        if (signed == null) {
            return false;
        }
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        return ids.length >= 1 && ids[0].getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && Arrays.equals(ids[0].getCertHash(), Sha256.of(certificate));
    }
}
