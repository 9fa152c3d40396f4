package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.InputStream;

import io.klien.shared.permission.FirmRoles;

/**
 * Imports clients and their contacts from a CSV file: a preview lists what would be created and every problem (line,
 * column, reason); the commit creates everything in one transaction or, when any problem remains, nothing.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientImport {

    /** What importing the file would create and what stops it; reads at most {@code klien.import.max-bytes}. */
    ImportPreview preview(InputStream csv);

    /**
     * Creates the file's clients (with status history) and contacts, the first contact of each client its primary
     * one; refused with {@code clients.import.invalid} and nothing saved when the file has any problem.
     */
    ImportResult commit(InputStream csv);
}
