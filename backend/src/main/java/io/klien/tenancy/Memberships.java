package io.klien.tenancy;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.FirmRole;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Who belongs to the active firm and in which role: the only source of authorization inside a firm. */
@FirmRoles(TENANT_ADMIN)
public interface Memberships {

    /** The firms the person acting now may enter: their active memberships, in every firm. */
    @OpenOnPurpose(reason = "The firm chooser after sign-in, before any firm is active; lists only the person's own")
    List<FirmChoice> firmsOfCurrentPerson();

    /**
     * The active membership of a person in the active firm, if any, and only while the firm itself is active (not
     * suspended): asked on every request.
     */
    @OpenOnPurpose(reason = "Confirms the session on every request, before the role is known")
    Optional<MembershipView> activeMembershipOf(String subject);

    /** The firm's active staff and admins: who can own a lead or represent a client. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<MembershipView> colleagues();

    /**
     * Who of the given people are the firm's active staff or admins, by subject, with their names and emails: how a
     * client reaches the team serving them. Anyone else (client users, former colleagues) is left out.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Map<String, MembershipView> activeColleagues(Collection<String> subjects);

    /** The active portal users of the given clients of the active firm, each client's in name order. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    Map<UUID, List<MembershipView>> clientUsers(Collection<UUID> clientIds);

    /** The firm's members, pending invitations first, then by name. */
    Page<MembershipView> list(Pageable pageable);

    /** Adds a person to the active firm: staff may add their clients' people, only admins add colleagues. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    MembershipView add(NewMember member);

    MembershipView activate(UUID membershipId);

    /** Changes a member's role; a firm always keeps at least one active admin. */
    MembershipView changeRole(UUID membershipId, FirmRole newRole, @Nullable UUID newClientId);

    /** Ends a member's access to this firm at their next request. */
    MembershipView deactivate(UUID membershipId);
}
