package io.klien.search;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import io.klien.shared.permission.FirmRoles;

/** Searches leads, clients and contacts by the beginnings of words of their name, email and organization, for staff. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface GlobalSearch {

    /** At most {@code limitPerKind} (1 to 100) hits of each kind; nothing for fewer than two characters. */
    SearchResults search(String text, int limitPerKind);
}
