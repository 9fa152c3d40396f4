package io.klien.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Which firm a PDF's seal says it comes from: the firm id its certificate names (see {@link SealKeyFactory}). Only a
 * claim: verification in that firm then finds the certificate among the firm's keys, or does not.
 */
final class SealClaims {

    /** How {@link SealKeyFactory} names the firm in a seal certificate's organisational unit. */
    static final String FIRM_UNIT_PREFIX = "Klien contract seal ";

    private SealClaims() {
    }

    /** The firm the seal's certificate names, or none for a PDF without a readable seal certificate. */
    public static Optional<UUID> firmNamedIn(byte[] pdf) {
        byte[] certificate = SealInspector.inspect(pdf).certificate();
        if (certificate == null) {
            return Optional.empty();
        }
        try {
            X500Name subject = X500Name.getInstance(
                    SealKeyFactory.certificate(certificate).getSubjectX500Principal().getEncoded());
            for (RDN unit : subject.getRDNs(BCStyle.OU)) {
                String value = IETFUtils.valueToString(unit.getFirst().getValue());
                if (value.startsWith(FIRM_UNIT_PREFIX)) {
                    return Optional.of(UUID.fromString(value.substring(FIRM_UNIT_PREFIX.length())));
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a certificate Klien did not make: no firm of ours
            return Optional.empty();
        }
    }
}
