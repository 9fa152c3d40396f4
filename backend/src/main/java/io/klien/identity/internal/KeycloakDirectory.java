package io.klien.identity.internal;

import java.time.Duration;
import java.util.List;

import io.klien.identity.DirectoryUser;
import io.klien.identity.IdentityDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Keycloak's admin API, through a service account that may manage users and organizations of the realm only. */
class KeycloakDirectory implements IdentityDirectory {

    private final Keycloak keycloak;
    private final String realm;
    private final String appClientId;

    public KeycloakDirectory(Keycloak keycloak, String realm, String appClientId) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.appClientId = appClientId;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @Override
    public DirectoryUser findOrCreateUser(String email, String firstName, String lastName) {
        List<UserRepresentation> existing = realm().users().searchByEmail(email, true);
        if (!existing.isEmpty()) {
            UserRepresentation found = existing.getFirst();
            boolean hasPassword = realm().users().get(found.getId()).credentials().stream()
                    .anyMatch(c -> "password".equals(c.getType()));
            return new DirectoryUser(found.getId(), email, !hasPassword, Boolean.TRUE.equals(found.isEmailVerified()), false);
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        // the address is proven when the person follows the set-password link sent to it
        user.setEmailVerified(true);
        try (Response response = realm().users().create(user)) {
            return new DirectoryUser(CreatedResponseUtil.getCreatedId(response), email, true, true, true);
        }
    }

    @Override
    public void deleteUser(String userId) {
        try (Response response = realm().users().delete(userId)) {
            requireSuccessOrGone(response, "Deleting the user");
        }
    }

    @Override
    public String createOrganization(String name, String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name);
        organization.setAlias(alias);
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(alias + ".firms.klien.invalid");
        organization.addDomain(domain);
        try (Response response = realm().organizations().create(organization)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    @Override
    public void deleteOrganization(String organizationId) {
        try (Response response = realm().organizations().get(organizationId).delete()) {
            requireSuccessOrGone(response, "Deleting the organization");
        }
    }

    @Override
    public boolean addToOrganization(String organizationId, String userId) {
        try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() == 409) {
                return false;
            }
            if (response.getStatus() >= 300) {
                throw new WebApplicationException("Adding the member failed", response.getStatus());
            }
            return true;
        }
    }

    @Override
    public void removeFromOrganization(String organizationId, String userId) {
        try (Response response = realm().organizations().get(organizationId).members().member(userId).delete()) {
            requireSuccessOrGone(response, "Removing the member");
        }
    }

    @Override
    public boolean hasRealmRole(String userId, String role) {
        try {
            return realm().users().get(userId).roles().realmLevel().listEffective().stream()
                    .anyMatch(r -> role.equals(r.getName()));
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static void requireSuccessOrGone(Response response, String what) {
        if (response.getStatus() >= 300 && response.getStatus() != 404) {
            throw new WebApplicationException(what + " failed", response.getStatus());
        }
    }

    @Override
    public void sendSetPasswordMail(String userId, String redirectUri, Duration lifespan) {
        realm().users().get(userId).executeActionsEmail(appClientId, redirectUri, (int) lifespan.toSeconds(),
                List.of("UPDATE_PASSWORD"));
    }
}
