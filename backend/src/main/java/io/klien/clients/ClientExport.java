package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.OutputStream;

import io.klien.shared.permission.FirmRoles;

/** Exports the clients grid, as filtered, to CSV in the format {@link ClientImport} reads. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientExport {

    /**
     * Writes the clients matching the filter, by name, as UTF-8 CSV with a header row, page by page from one
     * consistent snapshot. The stream is flushed, not closed.
     */
    void exportCsv(ClientFilter filter, OutputStream out);
}
