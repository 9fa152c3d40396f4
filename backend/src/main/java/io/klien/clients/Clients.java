package io.klien.clients;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.DuplicateWarning;
import io.klien.shared.permission.FirmRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The client record: creating a client, its profile and its edits, its status and status history, its timeline.
 * Staff see every client of the firm; a client user only the client they belong to. Contacts and team are
 * {@link ClientContacts}, merging is {@link ClientMerges}, finding clients is {@link ClientSearch}.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Clients {

    ClientView create(String name, ClientKind kind);

    /** A client as the acting person may see it: staff any of the firm's, a client user only their own. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Optional<ClientView> find(UUID clientId);

    /**
     * Creates a client (in onboarding) with its primary contact; a likely duplicate stops it with a
     * {@link DuplicateWarning} unless the caller confirmed.
     */
    ClientProfile create(NewClient client);

    ClientProfile profile(UUID clientId);

    /**
     * Saves an edit made on the given version, custom values included (see {@link CustomFields}); a stale edit
     * (someone saved in between) is refused, and so is the whole edit when one value is.
     */
    ClientProfile updateProfile(UUID clientId, long expectedVersion, ClientChanges changes);

    /** Changes the status; the client records the step in its status history. */
    ClientProfile changeStatus(UUID clientId, ClientStatus status);

    List<StatusChangeView> statusHistory(UUID clientId);

    /** The client's activity timeline, newest first. */
    Page<TimelineEntryView> timeline(UUID clientId, Pageable pageable);

    /** Adds entries to the timeline; an entry whose origin is already there is not added twice. */
    void addToTimeline(UUID clientId, List<TimelineEntry> entries);

    /**
     * Creates the client a won lead becomes: in onboarding, with its primary contact, the lead's owner as
     * representative, the sales cycle and the lead's history on the timeline. Duplicates were checked by the caller.
     */
    ClientProfile createFromLead(ClientFromLead lead);

    /** The names of the given clients, for lists that show many at once (one query). */
    Map<UUID, String> names(Collection<UUID> clientIds);
}
