package io.klien.clients.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.clients.ClientChanges;
import io.klien.clients.ClientFromLead;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.NewClient;
import io.klien.clients.StatusChangeView;
import io.klien.clients.TimelineEntry;
import io.klien.clients.TimelineEntryView;
import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.PeopleDirectory;
import io.klien.shared.PersonRefs;
import io.klien.shared.TextInput;
import io.klien.shared.permission.ClientAccess;
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

@Service
@Transactional
class ClientService implements Clients {

    static final String TOO_LONG = "clients.text.too-long";
    static final TextInput TEXT = new TextInput(TOO_LONG);
    private static final TextInput NAME = TextInput.forField("name", TOO_LONG);

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final ClientStatusChangeRepository statusChanges;
    private final ClientActivityRepository activities;
    private final CustomFieldService customFields;
    private final ClientSearch search;
    private final EntityManager entityManager;
    private final PeopleDirectory people;
    private final Clock clock;

    ClientService(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            ClientStatusChangeRepository statusChanges, ClientActivityRepository activities, CustomFieldService customFields,
            ClientSearch search, EntityManager entityManager, PeopleDirectory people, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.team = team;
        this.statusChanges = statusChanges;
        this.activities = activities;
        this.customFields = customFields;
        this.search = search;
        this.entityManager = entityManager;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public ClientView create(String name, ClientKind kind) {
        if (name == null || name.isBlank()) {
            throw new DomainException("clients.name.required");
        }
        return clients.save(Client.create(name.strip(), kind, clock.instant())).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClientView> find(UUID clientId) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, clientId, "A client user sees only their own client");
        return clients.findById(clientId).map(Client::toView);
    }

    @Override
    public ClientProfile create(NewClient client) {
        Scope scope = TenantContext.acting();
        String name = NAME.required(client.name(), "clients.name.required", 200);
        if (client.kind() == null) {
            throw DomainException.onField("kind", "clients.kind.required");
        }
        ContactDetails contact = client.primaryContact() == null ? null
                : ClientContactService.validated(client.primaryContact(), "primaryContact.");
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
        return created.toProfile(List.of(), PersonRefs.none());
    }

    @Override
    @Transactional(readOnly = true)
    public ClientProfile profile(UUID clientId) {
        return profileOf(client(clientId));
    }

    @Override
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

    @Override
    public ClientProfile changeStatus(UUID clientId, ClientStatus status) {
        Scope scope = TenantContext.acting();
        Client client = client(clientId);
        if (client.changeStatus(status, clock.instant(), scope.subject())) {
            clients.save(client);
            clients.flush();
        }
        return profileOf(client);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChangeView> statusHistory(UUID clientId) {
        return statusChanges.findByClientIdOrderByChangedAtAsc(clientId).stream().map(ClientStatusChange::toView).toList();
    }

    // ---- timeline ----

    @Override
    @Transactional(readOnly = true)
    public Page<TimelineEntryView> timeline(UUID clientId, Pageable pageable) {
        Page<ClientActivity> page = activities.findByClientIdOrderByOccurredAtDesc(clientId, pageable);
        PersonRefs authors = people.refs(page.map(ClientActivity::authorSubject).getContent());
        return page.map(entry -> entry.toView(authors));
    }

    @Override
    public void addToTimeline(UUID clientId, List<TimelineEntry> entries) {
        client(clientId);
        for (TimelineEntry e : entries) {
            if (e.originId() == null || !activities.existsByClientIdAndOriginId(clientId, e.originId())) {
                activities.save(ClientActivity.of(clientId, e));
            }
        }
        activities.flush();
    }

    @Override
    public ClientProfile createFromLead(ClientFromLead lead) {
        ClientProfile created = create(new NewClient(lead.name(), lead.kind(), lead.primaryContact(), lead.wonDate(), true));
        Client client = client(created.id());
        client.recordWonLead(lead.firstContactDate(), lead.wonDate(), lead.representativeSubject());
        addToTimeline(client.id(), lead.history());
        clients.flush();
        return profileOf(client);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> clientIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!clientIds.isEmpty()) {
            clients.findNames(clientIds).forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** The profile with its representative and account team named (one lookup for all of them). */
    private ClientProfile profileOf(Client client) {
        List<String> accountTeam = team.findByClientIdOrderBySubjectAsc(client.id()).stream()
                .map(ClientTeamMember::subject).toList();
        List<@Nullable String> named = new ArrayList<>(accountTeam);
        named.add(client.representativeSubject());
        return client.toProfile(accountTeam, people.refs(named));
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
