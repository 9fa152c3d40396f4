package io.klien.identity;

import java.time.Duration;

/** The identity provider's directory of people and organizations, for provisioning firms and inviting members. */
public interface IdentityDirectory {

    /** Finds the person by email, or creates them without a password (they set one through the provider's mail). */
    DirectoryUser findOrCreateUser(String email, String firstName, String lastName);

    /** Creates an organization (a firm) and returns its id. */
    String createOrganization(String name, String alias);

    /** Makes the person a member of the organization; already being one is fine. */
    void addToOrganization(String organizationId, String userId);

    /** Sends the identity provider's own mail asking the person to set a password, then return to {@code redirectUri}. */
    void sendSetPasswordMail(String userId, String redirectUri, Duration lifespan);
}
