package io.klien.audit;

import static io.klien.shared.FirmRole.TENANT_ADMIN;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The active firm's audit log: entries are appended in the transaction of the change they describe, each chained to
 * the one before by its hash, and only ever read afterwards.
 */
@FirmRoles(TENANT_ADMIN)
public interface AuditLog {

    /**
     * Appends an entry to the active firm's chain, with the acting person (none for system work) and the request
     * metadata bound in {@link AuditRequestContext}. Appends to one firm's chain wait for each other.
     */
    @OpenOnPurpose(reason = "Every module records what whoever acts did, client users and system work included")
    AuditEntryView record(AuditRecord record);

    /**
     * A page of the active firm's entries matching the filter, newest first (the pageable's sort is not used). For
     * tenant admins.
     */
    Page<AuditEntryView> browse(AuditFilter filter, Pageable pageable);

    /**
     * Walks the active firm's chain in seq order, a chunk at a time, then holds it against its newest checkpoint, signed
     * with a key outside the database; reports it intact or names the first broken link. For tenant admins and the
     * system. A chain written before checkpoints existed, and never appended to since, is checked by its hashes only.
     * One snapshot for the walk and the checkpoint, so appends meanwhile cannot look like tampering.
     */
    ChainVerification verify();
}
