package io.klien.clients;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.clients.internal.Client;
import io.klien.clients.internal.ClientActivity;
import io.klien.clients.internal.ClientActivityRepository;
import io.klien.clients.internal.ClientContact;
import io.klien.clients.internal.ClientContactRepository;
import io.klien.clients.internal.ClientQueries;
import io.klien.clients.internal.ClientRepository;
import io.klien.clients.internal.ClientStatusChange;
import io.klien.clients.internal.ClientStatusChangeRepository;
import io.klien.clients.internal.ClientTeamMember;
import io.klien.clients.internal.ClientTeamMemberRepository;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.NormalizedName;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import io.klien.shared.search.SearchWords;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active firm's clients. Staff see all of them; a client user sees only the client they belong to. */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class Clients {

    private static final TextInput TEXT = new TextInput("clients.text.too-long");

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final ClientStatusChangeRepository statusChanges;
    private final ClientActivityRepository activities;
    private final CustomFields customFields;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SearchWords searchWords;
    private final JdbcClient jdbc;

    Clients(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            ClientStatusChangeRepository statusChanges, ClientActivityRepository activities, CustomFields customFields,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock, SearchWords searchWords,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.searchWords = searchWords;
        this.clients = clients;
        this.contacts = contacts;
        this.team = team;
        this.statusChanges = statusChanges;
        this.activities = activities;
        this.customFields = customFields;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    public ClientView create(String name, ClientKind kind) {
        if (name == null || name.isBlank()) {
            throw new DomainException("clients.name.required");
        }
        return clients.save(Client.create(name.strip(), kind, clock.instant())).toView();
    }

    @Transactional(readOnly = true)
    public Page<ClientView> list(Pageable pageable) {
        return clients.findAllByOrderByNameAsc(pageable).map(Client::toView);
    }

    /** Clients with a name word starting with each typed word (all clients for too short a text), for pickers. */
    @Transactional(readOnly = true)
    public Slice<ClientView> search(@Nullable String text, Pageable pageable) {
        return slice(new ClientFilter(null, null, false, text), pageable)
                .map(Client::toView);
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
     * The clients grid: filtered, paged and sorted by the database (sort by any {@link ClientSummary} property,
     * e.g. {@code name}, {@code status}, {@code relationshipStart}; by name when unsorted). A slice, not a page:
     * a lazily scrolled grid needs to know whether more rows follow, not to count every match on each page.
     */
    @Transactional(readOnly = true)
    public Slice<ClientSummary> list(ClientFilter filter, Pageable pageable) {
        return slice(filter, pageable).map(Client::toSummary);
    }

    /** How many clients match the filter (for a total shown once per filter change, not per page). */
    @Transactional(readOnly = true)
    public long count(ClientFilter filter) {
        return clients.count(ClientQueries.matching(filter, searchWords.of(filter.text())));
    }

    /** Tags in use in the firm (lower-cased) that start with the typed text, alphabetically, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags(@Nullable String startingWith, int offset, int limit) {
        String prefix = startingWith == null ? "" : startingWith.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                        select distinct term from search_term
                        where kind = 'CLIENT_TAG' and term >= :prefix and term < :end
                        order by term offset :offset limit :limit""")
                .param("prefix", prefix).param("end", prefix.isEmpty() ? Character.toString(Character.MAX_CODE_POINT) : SearchTerms.endOfPrefix(prefix))
                .param("offset", Math.max(0, offset)).param("limit", Math.clamp(limit, 1, 100))
                .query(String.class).list();
    }

    private Slice<Client> slice(ClientFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("name", "id"));
        return clients.findBy(ClientQueries.matching(filter, searchWords.of(filter.text())), q -> q.slice(sorted));
    }

    // ---- the client record ----

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
        ContactDetails contact = client.primaryContact() == null ? null : validated(client.primaryContact());
        if (!client.duplicateConfirmed()) {
            List<DuplicateCandidate> candidates = possibleDuplicates(name, contact == null ? null : contact.email());
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

    /**
     * Clients and contacts that look like the given name or email (same email, or same name once case, accents,
     * punctuation and legal forms are ignored). At most a few of each, for a warning.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> possibleDuplicates(String name, @Nullable String email) {
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        if (email != null && !email.isBlank()) {
            contacts.findByEmailIgnoringCase(email.strip()).stream().limit(10).forEach(c -> found.putIfAbsent(c.id(),
                    contactCandidate(c, DuplicateCandidate.Match.EMAIL)));
        }
        String normalized = NormalizedName.of(name);
        if (!normalized.isEmpty()) {
            clients.findTop10ByNormalizedName(normalized).forEach(c -> found.putIfAbsent(c.id(), new DuplicateCandidate(
                    DuplicateCandidate.Kind.CLIENT, c.id(), c.id(), c.name(), null, DuplicateCandidate.Match.NAME)));
            contacts.findTop10ByNormalizedName(normalized).forEach(c -> found.putIfAbsent(c.id(),
                    contactCandidate(c, DuplicateCandidate.Match.NAME)));
        }
        return List.copyOf(found.values());
    }

    private static DuplicateCandidate contactCandidate(ClientContact c, DuplicateCandidate.Match match) {
        ContactView v = c.toView();
        return new DuplicateCandidate(DuplicateCandidate.Kind.CONTACT, v.id(), v.clientId(), v.name(), v.email(), match);
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
            client.change(name, changes.kind(), changes.relationshipStart(), changes.exclusive(),
                    cleanList(changes.serviceLines()), cleanList(changes.tags()), optional(changes.preferences(), 4000));
            if (changes.customValues() != null) {
                customFields.applyValues(clientId, changes.customValues());
            }
            clients.flush();
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw new DomainException("clients.stale");
        }
        return profileOf(client);
    }

    /** Changes the status and records the step in the status history. */
    public ClientProfile changeStatus(UUID clientId, ClientStatus status) {
        Scope scope = TenantContext.acting();
        Client client = client(clientId);
        if (client.status() != status) {
            statusChanges.save(ClientStatusChange.of(clientId, client.status(), status, clock.instant(), scope.subject()));
            client.changeStatus(status);
            clients.flush();
        }
        return profileOf(client);
    }

    @Transactional(readOnly = true)
    public List<StatusChangeView> statusHistory(UUID clientId) {
        return statusChanges.findByClientIdOrderByChangedAtAsc(clientId).stream().map(ClientStatusChange::toView).toList();
    }

    /** Names the dedicated representative (account manager); null removes them. */
    public ClientProfile assignRepresentative(UUID clientId, @Nullable String subject) {
        Client client = client(clientId);
        client.assignRepresentative(optional(subject, 255));
        clients.flush();
        return profileOf(client);
    }

    public ClientProfile addToAccountTeam(UUID clientId, String subject) {
        Client client = client(clientId);
        String clean = required(subject, "clients.team.subject.required", 255);
        if (team.findByClientIdAndSubject(clientId, clean).isEmpty()) {
            team.save(ClientTeamMember.of(clientId, clean));
        }
        return profileOf(client);
    }

    public ClientProfile removeFromAccountTeam(UUID clientId, String subject) {
        Client client = client(clientId);
        team.findByClientIdAndSubject(clientId, subject).ifPresent(team::delete);
        team.flush();
        return profileOf(client);
    }

    // ---- contacts ----

    @Transactional(readOnly = true)
    public List<ContactView> contacts(UUID clientId) {
        return contacts.findByClientIdOrderByPrimaryDescNameAsc(clientId).stream().map(ClientContact::toView).toList();
    }

    /** Adds a contact person; the first contact of a client becomes its primary one. */
    public ContactView addContact(UUID clientId, ContactDetails details, boolean primary) {
        client(clientId);
        ContactDetails clean = validated(details);
        List<ClientContact> existing = contacts.findByClientIdOrderByPrimaryDescNameAsc(clientId);
        ClientContact contact = ClientContact.of(clientId, clean, clock.instant());
        if (primary || existing.isEmpty()) {
            existing.stream().filter(ClientContact::primary).forEach(c -> c.markPrimary(false));
            contacts.flush();
            contact.markPrimary(true);
        }
        return contacts.saveAndFlush(contact).toView();
    }

    /** Saves an edit of a contact made on the given version; a stale edit is refused. */
    public ContactView updateContact(UUID contactId, long expectedVersion, ContactDetails details) {
        ClientContact contact = contact(contactId);
        if (contact.version() != expectedVersion) {
            throw new DomainException("clients.stale");
        }
        contact.change(validated(details));
        try {
            contacts.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("clients.stale");
        }
        return contact.toView();
    }

    public ContactView makePrimary(UUID contactId) {
        ClientContact contact = contact(contactId);
        contacts.findByClientIdOrderByPrimaryDescNameAsc(contact.clientId()).stream()
                .filter(c -> c.primary() && !c.id().equals(contactId)).forEach(c -> c.markPrimary(false));
        contacts.flush();
        contact.markPrimary(true);
        contacts.flush();
        return contact.toView();
    }

    /** The earliest contact with this email address, for recognising returning customers. */
    @Transactional(readOnly = true)
    public Optional<ContactView> findContactByEmail(String email) {
        return contacts.findByEmailIgnoringCase(email.strip()).stream().findFirst().map(ClientContact::toView);
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

    // ---- from the pipeline, and merging ----

    /**
     * Creates the client a won lead becomes: in onboarding, with its primary contact, the lead's owner as
     * representative, the sales cycle and the lead's history on the timeline. Duplicates were checked by the caller.
     */
    public ClientProfile createFromLead(ClientFromLead lead) {
        ClientProfile created = create(new NewClient(lead.name(), lead.kind(), lead.primaryContact(), lead.wonDate(), true));
        Client client = client(created.id());
        client.recordSalesCycle(lead.firstContactDate(), lead.wonDate());
        client.assignRepresentative(lead.representativeSubject());
        addToTimeline(client.id(), lead.history());
        clients.flush();
        return profileOf(client);
    }

    /**
     * Merges a duplicate into the survivor: contacts, account team, status history, timeline and the custom values
     * the survivor lacks move over, what only the duplicate knew is kept, other modules follow
     * ({@link ClientsMerged}: the duplicate's portal users then belong to the survivor), and the duplicate is removed.
     * Only a tenant admin merges: it cannot be undone and changes what the portal users see.
     */
    public ClientProfile merge(UUID survivorId, UUID duplicateId) {
        Scope scope = TenantContext.acting();
        if (!scope.system() && !scope.hasRole(TENANT_ADMIN)) {
            throw new DomainException("clients.merge.admin-only");
        }
        if (survivorId.equals(duplicateId)) {
            throw new DomainException("clients.merge.same");
        }
        Client survivor = client(survivorId);
        Client duplicate = client(duplicateId);
        boolean survivorHasPrimary = contacts.findByClientIdOrderByPrimaryDescNameAsc(survivorId).stream()
                .anyMatch(ClientContact::primary);
        for (ClientContact c : contacts.findByClientIdOrderByPrimaryDescNameAsc(duplicateId)) {
            if (survivorHasPrimary) {
                c.markPrimary(false);
            }
            c.moveTo(survivorId);
        }
        List<String> survivorTeam = team.findByClientIdOrderBySubjectAsc(survivorId).stream()
                .map(ClientTeamMember::subject).toList();
        for (ClientTeamMember m : team.findByClientIdOrderBySubjectAsc(duplicateId)) {
            team.delete(m);
            if (!survivorTeam.contains(m.subject())) {
                team.save(ClientTeamMember.of(survivorId, m.subject()));
            }
        }
        contacts.flush();
        team.flush();
        statusChanges.moveAll(duplicateId, survivorId);
        activities.moveAll(duplicateId, survivorId);
        customFields.mergeValues(duplicateId, survivorId);
        survivor.absorb(duplicate);
        activities.save(ClientActivity.of(survivorId, new TimelineEntry("MERGE", clock.instant(), scope.subject(),
                duplicate.name(), duplicateId)));
        events.publishEvent(new ClientsMerged(TenantContext.requireTenantId(), survivorId, duplicateId));
        clients.delete(duplicate);
        clients.flush();
        return profileOf(survivor);
    }

    // ---- global search ----

    /**
     * Clients with a name word starting with each searched word, names starting with the typed text first; empty for
     * too short a text.
     */
    @Transactional(readOnly = true)
    public List<ClientView> findClients(SearchQuery search, int limit) {
        return SearchTerms.best(entityManager, Client.class, SearchKind.CLIENT, search, "name", Math.clamp(limit, 1, 100))
                .stream().map(Client::toView).toList();
    }

    /** Contacts with a word of their name or email starting with each searched word, best first. */
    @Transactional(readOnly = true)
    public List<ContactView> findContacts(SearchQuery search, int limit) {
        return SearchTerms.best(entityManager, ClientContact.class, SearchKind.CONTACT, search, "name",
                Math.clamp(limit, 1, 100)).stream().map(ClientContact::toView).toList();
    }

    /**
     * Clients and contacts whose names have the words of the given name, or whose words are all in it: case, accents,
     * punctuation, legal forms and word order ignored ("Jaya Maju" finds "PT Maju Jaya"). For conflict checks.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> findByNameWords(String name, int limitPerKind) {
        String words = NormalizedName.of(name);
        if (words.isEmpty()) {
            return List.of();
        }
        UUID tenant = TenantContext.requireTenantId();
        int limit = Math.clamp(limitPerKind, 1, 100);
        List<DuplicateCandidate> found = new ArrayList<>();
        clients.findByNameWords(tenant, words, limit).forEach(c -> found.add(new DuplicateCandidate(
                DuplicateCandidate.Kind.CLIENT, c.id(), c.id(), c.name(), null, DuplicateCandidate.Match.NAME)));
        contacts.findByNameWords(tenant, words, limit)
                .forEach(c -> found.add(contactCandidate(c, DuplicateCandidate.Match.NAME)));
        return found;
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

    // ---- helpers ----

    private ClientProfile profileOf(Client client) {
        return client.toProfile(team.findByClientIdOrderBySubjectAsc(client.id()).stream()
                .map(ClientTeamMember::subject).toList());
    }

    private Client client(UUID clientId) {
        return clients.findById(clientId).orElseThrow(() -> new DomainException("clients.not-found"));
    }

    private ClientContact contact(UUID contactId) {
        return contacts.findById(contactId).orElseThrow(() -> new DomainException("clients.contact.not-found"));
    }

    private static ContactDetails validated(ContactDetails d) {
        return new ContactDetails(required(d.name(), "clients.contact.name.required", 200),
                ContactFormat.email(d.email(), "clients.email.invalid"),
                ContactFormat.phone(d.phone(), "clients.phone.invalid"), optional(d.roleTitle(), 200));
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
