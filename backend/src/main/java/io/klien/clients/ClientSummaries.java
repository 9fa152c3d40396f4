package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Map;

import io.klien.shared.permission.FirmRoles;

/** Aggregates over the firm's clients for the staff dashboard, computed in the database. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientSummaries {

    /** How many clients are in each status. */
    Map<ClientStatus, Long> byStatus();

    /** Clients nobody represents yet (excluding former clients): the first few by name, and how many in all. */
    Unrepresented withoutRepresentative(int limit);

    /** Clients without a representative. */
    record Unrepresented(long total, List<ClientView> first) {
    }
}
