package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the signing page shows one signatory: the contract, its text (safe HTML), the disclosure, and which of the
 * requirements are met. {@code codeVerified} is true while a confirmed code is fresh enough to sign with.
 */
public record SigningCeremony(ContractView contract, UUID signatoryId, String html, ElectronicDisclosure disclosure,
        boolean consented, @Nullable Integer consentedVersion, boolean read, boolean codeVerified,
        boolean mayRequestCode) {
}
