package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/** Turning won leads into clients (or linking them to a returning customer's client). */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface LeadConversions {

    /**
     * Converts a won lead. A returning customer (the given existing client, or a client with a contact of the
     * lead's email) is linked instead of duplicated; otherwise the client is created with the lead's contact as its
     * primary contact. Either way the lead's activities go onto the client's timeline and the sales cycle (first
     * contact to won date) is recorded.
     */
    LeadConversion convert(UUID leadId, @Nullable UUID existingClientId);
}
