package io.klien.tenancy;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.FirmRole;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import org.jspecify.annotations.Nullable;

/**
 * Tenant admins invite staff and client users by email. The person is found or created in the identity provider and
 * added to the firm's organization there; a new person first sets a password through the identity provider's mail.
 * The link expires; accepting it makes the membership active.
 */
public interface Invitations {

    /**
     * Invites a person to the active firm in a role; returns their (invited) membership. Staff may invite client
     * users, only tenant admins bring in colleagues; this is checked before anything is created anywhere. A
     * deactivated member can be invited back in the role (and for the client) they had, never in another.
     */
    @FirmRoles({TENANT_ADMIN, STAFF})
    MembershipView invite(String email, String displayName, FirmRole role, @Nullable UUID clientId);

    /**
     * The signed-in person accepts an invitation to the given firm; returns their role there. Runs its own
     * transaction in that firm: the firm must be known before a transaction starts.
     */
    @OpenOnPurpose(reason = "The invited person is no member yet when accepting; the token proves the invitation")
    FirmChoice accept(UUID tenantId, String token);
}
