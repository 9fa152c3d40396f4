package io.klien.contracts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with PAdES baseline B: an incremental update adds one signature (SubFilter ETSI.CAdES.detached) whose
 * ByteRange covers the whole file but the signature value itself; the CMS is detached, SHA-256, with the
 * signing-certificate-v2 attribute and no signing-time attribute (the time is the dictionary's /M). The seal also
 * certifies the document with no changes permitted (DocMDP P=1), so readers flag any later update.
 */
final class PadesSealer {

    /** Room for the CMS: an EC signature, one certificate and the attributes take about 1 KiB. */
    private static final int SIGNATURE_SIZE = 8192;

    private PadesSealer() {
    }

    static byte[] seal(byte[] pdf, SealingIdentity identity, String sealedFor, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions();
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(sealedFor);
            signature.setReason(reason);
            Calendar signDate = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            signDate.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(signDate);
            certifyWithoutChanges(document, signature);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes(), identity));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not seal the contract PDF", e);
        }
    }

    private static void certifyWithoutChanges(PDDocument document, PDSignature signature) {
        COSDictionary transform = new COSDictionary();
        transform.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        transform.setInt(COSName.P, 1);
        transform.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("DigestMethod"), COSName.getPDFName("SHA256"));
        reference.setItem(COSName.getPDFName("TransformParams"), transform);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
    }

    private static byte[] cms(byte[] signedContent, SealingIdentity identity) {
        try {
            X509Certificate certificate = identity.certificate();
            JcaX509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    Sha256.of(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(SealKeyFactory.SIGNATURE_ALGORITHM).build(identity.privateKey()),
                            holder));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(signedContent), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Could not sign the contract PDF", e);
        }
    }

    /** PAdES baseline B keeps the signing time out of the CMS: the signature dictionary's /M carries it. */
    private record WithoutSigningTime(AttributeTable extra) implements CMSAttributeTableGenerator {

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public AttributeTable getAttributes(Map parameters) {
            return new DefaultSignedAttributeTableGenerator(extra).getAttributes(parameters)
                    .remove(CMSAttributes.signingTime);
        }
    }
}
