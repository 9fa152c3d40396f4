package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Acceptance certificates: for an approved deliverable version, a PDF stating the project, client, deliverable,
 * version, file, its SHA-256, who approved it and when (firm time and UTC), and the contract and terms it was
 * delivered under, sealed with the firm's seal key so that any change to it shows.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface AcceptanceCertificates {

    /**
     * Renders and seals the certificate of an approved version, for the firm's staff and the client's own users;
     * refused for a version not approved, and not found for another client's.
     */
    AcceptanceCertificate certificate(UUID versionId);
}
