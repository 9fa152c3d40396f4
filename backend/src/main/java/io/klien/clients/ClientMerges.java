package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/** Merging a duplicate client record into the one that stays (staff are told that only a tenant admin may). */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientMerges {

    /**
     * Merges a duplicate into the survivor: contacts, account team, status history, timeline and the custom values
     * the survivor lacks move over, what only the duplicate knew is kept, other modules follow
     * ({@link ClientsMerged}: the duplicate's portal users then belong to the survivor), and the duplicate is removed.
     * Only a tenant admin merges: it cannot be undone and changes what the portal users see.
     */
    ClientProfile merge(UUID survivorId, UUID duplicateId);
}
