package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/** The people on both sides of a client: its contact persons, its representative and its account team. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientContacts {

    List<ContactView> contacts(UUID clientId);

    /** Adds a contact person; the first contact of a client becomes its primary one. */
    ContactView addContact(UUID clientId, ContactDetails details, boolean primary);

    /** Saves an edit of a contact made on the given version; a stale edit is refused. */
    ContactView updateContact(UUID contactId, long expectedVersion, ContactDetails details);

    ContactView makePrimary(UUID contactId);

    /** The earliest contact with this email address, for recognising returning customers. */
    Optional<ContactView> findContactByEmail(String email);

    /** Names the dedicated representative (account manager); null removes them. */
    ClientProfile assignRepresentative(UUID clientId, @Nullable String subject);

    ClientProfile addToAccountTeam(UUID clientId, String subject);

    ClientProfile removeFromAccountTeam(UUID clientId, String subject);
}
