package io.klien.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * For tests elsewhere: stores an invitation with a token hash the test chose, without the mail and the identity
 * provider that {@link io.klien.tenancy.Invitations#invite} involves. Call it as system work in the firm.
 */
@Component
public class IssuedInvitations {

    private final InvitationRepository invitations;

    IssuedInvitations(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    /** The id of the stored invitation. */
    public UUID issue(UUID membershipId, String email, String tokenHash, Instant expiresAt, @Nullable String invitedBy,
            Instant at) {
        return invitations.save(Invitation.issue(membershipId, email, tokenHash, expiresAt, invitedBy, at)).id();
    }
}
