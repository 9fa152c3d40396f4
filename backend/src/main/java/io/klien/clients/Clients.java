package io.klien.clients;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.clients.internal.Client;
import io.klien.clients.internal.ClientActivity;
import io.klien.clients.internal.ClientActivityRepository;
import io.klien.clients.internal.ClientContact;
import io.klien.clients.internal.ClientContactRepository;
import io.klien.clients.internal.ClientRepository;
import io.klien.clients.internal.ClientStatusChange;
import io.klien.clients.internal.ClientStatusChangeRepository;
import io.klien.clients.internal.ClientTeamMember;
import io.klien.clients.internal.ClientTeamMemberRepository;
import io.klien.clients.internal.FieldChange;
import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.TextInput;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client record: creating a client, its profile and its edits, its status and status history, its timeline.
 * Staff see every client of the firm; a client user only the client they belong to. Contacts and team are
 * {@link ClientContacts}, merging is {@link ClientMerges}, finding clients is {@link ClientSearch}.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class Clients {

    static final TextInput TEXT = new TextInput("clients.text.too-long");

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final ClientStatusChangeRepository statusChanges;
    private final ClientActivityRepository activities;
    private final CustomFields customFields;
    private final ClientSearch search;
    private final EntityManager entityManager;
    private final Clock clock;

    Clients(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            ClientStatusChangeRepository statusChanges, ClientActivityRepository activities, CustomFields customFields,
            ClientSearch search, EntityManager entityManager, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.team = team;
        this.statusChanges = statusChanges;
        this.activities = activities;
        this.customFields = customFields;
        this.search = search;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public ClientView create(String name, ClientKind kind) {
        if (name == null || name.isBlank()) {
            throw new DomainException("clients.name.required");
        }
        return clients.save(Client.create(name.strip(), kind, clock.instant())).toView();
    }

    /** A client as the acting person may see it: staff any of the firm's, a client user only their own. */
    @Transactional(readOnly = true)
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public Optional<ClientView> find(UUID clientId) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, clientId, "A client user sees only their own client");
        return clients.findById(clientId).map(Client::toView);
    }

    /**
     * Creates a client (in onboarding) with its primary contact; a likely duplicate stops it with a
     * {@link DuplicateWarning} unless the caller confirmed.
     */
    public ClientProfile create(NewClient client) {
        Scope scope = TenantContext.acting();
        String name = required(client.name(), "clients.name.required", 200);
        if (client.kind() == null) {
            throw new DomainException("clients.kind.required");
        }
        ContactDetails contact = client.primaryContact() == null ? null : ClientContacts.validated(client.primaryContact());
        if (!client.duplicateConfirmed()) {
            List<DuplicateCandidate> candidates = search.possibleDuplicates(name, contact == null ? null : contact.email());
            if (!candidates.isEmpty()) {
                throw new DuplicateWarning(candidates);
            }
        }
        Client created = Client.onboarding(name, client.kind(), clock.instant());
        created.startRelationship(client.relationshipStart());
        clients.save(created);
        statusChanges.save(ClientStatusChange.of(created.id(), null, created.status(), clock.instant(), scope.subject()));
        if (contact != null) {
            ClientContact primary = ClientContact.of(created.id(), contact, clock.instant());
            primary.markPrimary(true);
            contacts.save(primary);
        }
        clients.flush();
        return created.toProfile(List.of());
    }

    @Transactional(readOnly = true)
    public ClientProfile profile(UUID clientId) {
        return profileOf(client(clientId));
    }

    /**
     * Saves an edit made on the given version, custom values included (see {@link CustomFields}); a stale edit
     * (someone saved in between) is refused, and so is the whole edit when one value is.
     */
    public ClientProfile updateProfile(UUID clientId, long expectedVersion, ClientChanges changes) {
        Client client = client(clientId);
        if (client.version() != expectedVersion) {
            throw new DomainException("clients.stale");
        }
        String name = required(changes.name(), "clients.name.required", 200);
        if (changes.kind() == null) {
            throw new DomainException("clients.kind.required");
        }
        try {
            if (changes.customValues() != null) {
                // the values live in their own rows: moving the client's version now (row locked until commit) makes a
                // concurrent or later edit made on the old version stale, even when only values changed
                entityManager.lock(client, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            List<FieldChange> customValues = changes.customValues() == null ? List.of()
                    : customFields.applyValues(clientId, changes.customValues());
            client.change(name, changes.kind(), changes.relationshipStart(), changes.exclusive(),
                    cleanList(changes.serviceLines()), cleanList(changes.tags()), optional(changes.preferences(), 4000),
                    customValues);
            clients.save(client);
            clients.flush();
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw new DomainException("clients.stale");
        }
        return profileOf(client);
    }

    /** Changes the status; the client records the step in its status history. */
    public ClientProfile changeStatus(UUID clientId, ClientStatus status) {
        Scope scope = TenantContext.acting();
        Client client = client(clientId);
        if (client.changeStatus(status, clock.instant(), scope.subject())) {
            clients.save(client);
            clients.flush();
        }
        return profileOf(client);
    }

    @Transactional(readOnly = true)
    public List<StatusChangeView> statusHistory(UUID clientId) {
        return statusChanges.findByClientIdOrderByChangedAtAsc(clientId).stream().map(ClientStatusChange::toView).toList();
    }

    // ---- timeline ----

    /** The client's activity timeline, newest first. */
    @Transactional(readOnly = true)
    public Page<TimelineEntryView> timeline(UUID clientId, Pageable pageable) {
        return activities.findByClientIdOrderByOccurredAtDesc(clientId, pageable).map(ClientActivity::toView);
    }

    /** Adds entries to the timeline; an entry whose origin is already there is not added twice. */
    public void addToTimeline(UUID clientId, List<TimelineEntry> entries) {
        client(clientId);
        for (TimelineEntry e : entries) {
            if (e.originId() == null || !activities.existsByClientIdAndOriginId(clientId, e.originId())) {
                activities.save(ClientActivity.of(clientId, e));
            }
        }
        activities.flush();
    }

    /**
     * Creates the client a won lead becomes: in onboarding, with its primary contact, the lead's owner as
     * representative, the sales cycle and the lead's history on the timeline. Duplicates were checked by the caller.
     */
    public ClientProfile createFromLead(ClientFromLead lead) {
        ClientProfile created = create(new NewClient(lead.name(), lead.kind(), lead.primaryContact(), lead.wonDate(), true));
        Client client = client(created.id());
        client.recordWonLead(lead.firstContactDate(), lead.wonDate(), lead.representativeSubject());
        addToTimeline(client.id(), lead.history());
        clients.flush();
        return profileOf(client);
    }

    /** The names of the given clients, for lists that show many at once (one query). */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> clientIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!clientIds.isEmpty()) {
            clients.findNames(clientIds).forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    private ClientProfile profileOf(Client client) {
        return client.toProfile(team.findByClientIdOrderBySubjectAsc(client.id()).stream()
                .map(ClientTeamMember::subject).toList());
    }

    private Client client(UUID clientId) {
        return clients.findById(clientId).orElseThrow(() -> new DomainException("clients.not-found"));
    }

    private static List<String> cleanList(@Nullable List<String> values) {
        List<String> clean = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String s = optional(v, 100);
                if (s != null && clean.stream().noneMatch(x -> x.equalsIgnoreCase(s))) {
                    clean.add(s);
                }
            }
        }
        return clean;
    }

    private static String required(@Nullable String text, String key, int max) {
        return TEXT.required(text, key, max);
    }

    private static @Nullable String optional(@Nullable String text, int max) {
        return TEXT.optional(text, max);
    }
}
