package io.klien.identity;

import java.time.Duration;

/** The identity provider's directory of people and organizations, for provisioning firms and inviting members. */
public interface IdentityDirectory {

    /** Finds the person by email, or creates them without a password (they set one through the provider's mail). */
    DirectoryUser findOrCreateUser(String email, String firstName, String lastName);

    /** Removes a person this app created, when what they were created for did not happen; gone already is fine. */
    void deleteUser(String userId);

    /** Creates an organization (a firm) and returns its id. */
    String createOrganization(String name, String alias);

    /** Removes an organization this app created, when the firm was not created after all; gone already is fine. */
    void deleteOrganization(String organizationId);

    /** Makes the person a member of the organization; returns false when they already were one. */
    boolean addToOrganization(String organizationId, String userId);

    /** Takes the person out of the organization; not being a member is fine. */
    void removeFromOrganization(String organizationId, String userId);

    /** Sends the identity provider's own mail asking the person to set a password, then return to {@code redirectUri}. */
    void sendSetPasswordMail(String userId, String redirectUri, Duration lifespan);

    /** Whether the person currently holds the realm role in the identity provider (not what an older token says). */
    boolean hasRealmRole(String userId, String role);
}
