package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.klien.leads.internal.Lead;
import io.klien.leads.internal.LeadActivity;
import io.klien.leads.internal.LeadActivityRepository;
import io.klien.leads.internal.LeadIncentive;
import io.klien.leads.internal.LeadIncentiveRepository;
import io.klien.leads.internal.LeadQueries;
import io.klien.leads.internal.LeadRepository;
import io.klien.leads.internal.LeadStage;
import io.klien.leads.internal.LeadStageRepository;
import io.klien.clients.ClientFromLead;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.TimelineEntry;
import io.klien.shared.ContactFormat;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.NormalizedName;
import io.klien.shared.SeedTexts;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import io.klien.shared.search.SearchWords;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's leads pipeline for staff: leads, their stages, activities and incentives. Client users see none of it. */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class Leads {

    private static final TextInput TEXT = new TextInput("leads.text.too-long");

    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

    private final LeadRepository leads;
    private final LeadStageRepository stages;
    private final LeadActivityRepository activities;
    private final LeadIncentiveRepository incentives;
    private final Tenants tenants;
    private final Clients clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SearchWords searchWords;
    private final EntityManager entityManager;
    private final FirmTime firmTime;

    Leads(LeadRepository leads, LeadStageRepository stages, LeadActivityRepository activities,
            LeadIncentiveRepository incentives, Tenants tenants, Clients clients, ApplicationEventPublisher events,
            Clock clock, SearchWords searchWords, EntityManager entityManager, FirmTime firmTime) {
        this.firmTime = firmTime;
        this.searchWords = searchWords;
        this.entityManager = entityManager;
        this.leads = leads;
        this.stages = stages;
        this.activities = activities;
        this.incentives = incentives;
        this.tenants = tenants;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    // ---- stages ----

    /** The firm's stages in board order; the default pipeline is created on first use. */
    public List<LeadStageView> stages() {
        return ensureStages().stream().map(LeadStage::toView).toList();
    }

    /** Adds a stage at the end of the pipeline (tenant admins). */
    @FirmRoles(TENANT_ADMIN)
    public LeadStageView addStage(String name, StageKind kind) {
        String clean = required(name, "leads.stage.name.required", 100);
        List<LeadStage> existing = ensureStages();
        if (stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        int position = existing.stream().mapToInt(LeadStage::position).max().orElse(0) + 1;
        return stages.save(LeadStage.create(clean, position, kind)).toView();
    }

    @FirmRoles(TENANT_ADMIN)
    public LeadStageView renameStage(UUID stageId, String name) {
        String clean = required(name, "leads.stage.name.required", 100);
        LeadStage stage = stage(stageId);
        if (!stage.toView().name().equalsIgnoreCase(clean) && stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        stage.rename(clean);
        return stage.toView();
    }

    /** Puts the stages in the given order; every stage of the firm must be listed once. */
    @FirmRoles(TENANT_ADMIN)
    public List<LeadStageView> reorderStages(List<UUID> stageIds) {
        List<LeadStage> existing = ensureStages();
        if (stageIds.size() != existing.size() || stageIds.stream().distinct().count() != existing.size()
                || !existing.stream().map(LeadStage::id).allMatch(stageIds::contains)) {
            throw new DomainException("leads.stage.order.incomplete");
        }
        for (LeadStage s : existing) {
            s.moveTo(stageIds.indexOf(s.id()) + 1);
        }
        return stages.findAllByOrderByPositionAsc().stream().map(LeadStage::toView).toList();
    }

    /** Removes a stage no lead is in; a firm keeps at least one open, one won and one lost stage. */
    @FirmRoles(TENANT_ADMIN)
    public void removeStage(UUID stageId) {
        LeadStage stage = stage(stageId);
        if (leads.existsByStageId(stageId)) {
            throw new DomainException("leads.stage.in-use");
        }
        if (stages.findByKindOrderByPositionAsc(stage.kind()).size() <= 1) {
            throw new DomainException("leads.stage.last-of-kind", stage.kind().name());
        }
        stages.delete(stage);
    }

    // ---- leads ----

    /** Creates a lead; a likely duplicate (see {@link #possibleDuplicates}) stops it with a {@link DuplicateWarning}. */
    public LeadView create(LeadDetails details) {
        return create(details, false);
    }

    /** Creates a lead; unless confirmed, a likely duplicate stops it with a {@link DuplicateWarning}. */
    public LeadView create(LeadDetails details, boolean duplicateConfirmed) {
        Scope scope = TenantContext.acting();
        LeadDetails clean = validated(details, scope.subject());
        if (!duplicateConfirmed) {
            List<DuplicateCandidate> candidates = possibleDuplicates(clean, null);
            if (!candidates.isEmpty()) {
                throw new DuplicateWarning(candidates);
            }
        }
        LeadStage first = ensureStages().stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
                .orElseThrow(() -> new DomainException("leads.stage.none-open"));
        LocalDate firstContact = clean.firstContactDate() != null ? clean.firstContactDate() : today();
        if (firstContact.isAfter(today())) {
            throw new DomainException("leads.first-contact.future");
        }
        return leads.save(Lead.create(clean, first.id(), firstContact, clock.instant())).toView();
    }

    /** Saves an edit made on the given version; a stale edit (someone saved in between) is refused. */
    public LeadView update(UUID leadId, long expectedVersion, LeadDetails details) {
        Lead lead = lead(leadId);
        if (lead.version() != expectedVersion) {
            throw new DomainException("leads.stale");
        }
        LeadDetails clean = validated(details, null);
        if (clean.firstContactDate() != null && clean.firstContactDate().isAfter(today())) {
            throw new DomainException("leads.first-contact.future");
        }
        lead.apply(clean);
        try {
            leads.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("leads.stale");
        }
        return lead.toView();
    }

    @Transactional(readOnly = true)
    public LeadView get(UUID leadId) {
        return lead(leadId).toView();
    }

    /** Moves the lead to a stage and records the change on its activity list; lost needs {@link #markLost}. */
    public LeadView moveToStage(UUID leadId, UUID stageId) {
        Lead lead = lead(leadId);
        LeadStage target = stage(stageId);
        if (target.kind() == StageKind.LOST) {
            throw new DomainException("leads.lost.reason-required");
        }
        return move(lead, target, null);
    }

    /** Moves the lead to the firm's (first) lost stage with the reason it was lost. */
    public LeadView markLost(UUID leadId, String reason) {
        String clean = required(reason, "leads.lost.reason-required", 500);
        Lead lead = lead(leadId);
        LeadStage lost = ensureStages().stream().filter(s -> s.kind() == StageKind.LOST).findFirst()
                .orElseThrow(() -> new DomainException("leads.stage.none-lost"));
        return move(lead, lost, clean);
    }

    private LeadView move(Lead lead, LeadStage target, @Nullable String lostReason) {
        if (lead.clientId() != null) {
            throw new DomainException("leads.converted");
        }
        UUID from = lead.stageId();
        if (from.equals(target.id())) {
            return lead.toView();
        }
        String fromName = stages.findById(from).map(s -> s.toView().name()).orElse("?");
        LocalDate won = target.kind() == StageKind.WON ? today() : null;
        lead.moveTo(target.id(), won, lostReason);
        String text = fromName + " → " + target.toView().name() + (lostReason == null ? "" : ": " + lostReason);
        activities.save(LeadActivity.record(lead.id(), ActivityType.STAGE_CHANGE, clock.instant(),
                TenantContext.subject().orElse(null), text));
        leads.flush();
        events.publishEvent(new LeadStageChanged(TenantContext.requireTenantId(), lead.id(), from, target.id()));
        return lead.toView();
    }

    /**
     * Leads matching the filter, paged and sorted by the database (sort by any {@link LeadView} property, e.g.
     * {@code name}, {@code nextFollowUp}, {@code estimatedValue}).
     */
    @Transactional(readOnly = true)
    public Page<LeadView> list(LeadFilter filter, Pageable pageable) {
        Scope scope = TenantContext.acting();
        String owner = filter.mine() ? Objects.requireNonNullElse(scope.subject(), "") : filter.ownerSubject();
        LocalDate before = filter.overdueOnly() ? today() : null;
        return leads.findAll(LeadQueries.matching(filter.stageId(), owner, before, searchWords.of(filter.text())), pageable)
                .map(Lead::toView);
    }

    /** The board: every stage with the first page of its leads (each column pages on with {@link #list}). */
    public List<BoardColumn> board(LeadFilter filter, Pageable perColumn) {
        return ensureStages().stream()
                .map(s -> new BoardColumn(s.toView(), list(new LeadFilter(s.id(), filter.ownerSubject(), filter.mine(),
                        filter.overdueOnly(), filter.text()), perColumn)))
                .toList();
    }

    /** Today in the firm's time zone: follow-ups dated before it are overdue. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return firmTime.today(TenantContext.requireTenantId());
    }

    /**
     * Leads, clients and contacts that look like these details: same email, or same name (or organization) once
     * case, accents, punctuation and legal forms are ignored.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> possibleDuplicates(LeadDetails details, @Nullable UUID exceptLeadId) {
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        String email = details.email() == null ? "" : details.email();
        List<String> names = new ArrayList<>(List.of(details.name()));
        if (details.organization() != null && !details.organization().isBlank()) {
            names.add(details.organization());
        }
        for (String name : names) {
            String normalized = NormalizedName.of(name);
            UUID except = exceptLeadId == null ? new UUID(0, 0) : exceptLeadId;
            for (Lead l : leads.findLookalikes(email, normalized, except, PageRequest.of(0, 10))) {
                LeadView v = l.toView();
                boolean byEmail = v.email() != null && v.email().equalsIgnoreCase(email);
                found.putIfAbsent(v.id(), new DuplicateCandidate(DuplicateCandidate.Kind.LEAD, v.id(), v.clientId(),
                        v.name(), v.email(), byEmail ? DuplicateCandidate.Match.EMAIL : DuplicateCandidate.Match.NAME));
            }
            clients.possibleDuplicates(name, details.email()).forEach(c -> found.putIfAbsent(c.id(), c));
        }
        return List.copyOf(found.values());
    }

    /** Leads matching the typed text (see {@link #find(SearchQuery, int)}); none for too short a text. */
    @Transactional(readOnly = true)
    public List<LeadView> find(String text, int limit) {
        SearchQuery search = searchWords.of(text);
        return search == null ? List.of() : find(search, limit);
    }

    /** Leads with a word of their name, email or organization starting with each searched word, best first. */
    @Transactional(readOnly = true)
    public List<LeadView> find(SearchQuery search, int limit) {
        return SearchTerms.best(entityManager, Lead.class, SearchKind.LEAD, search, "name", Math.clamp(limit, 1, 100))
                .stream().map(Lead::toView).toList();
    }

    /**
     * Leads whose name or organization has the words of the given name, or whose words are all in it: case,
     * accents, punctuation, legal forms and word order ignored. For conflict checks.
     */
    @Transactional(readOnly = true)
    public List<LeadView> findByNameWords(String name, int limit) {
        String words = NormalizedName.of(name);
        return words.isEmpty() ? List.of() : leads.findByNameWords(TenantContext.requireTenantId(), words,
                String.join(" ", NormalizedName.LEGAL_FORMS), Math.clamp(limit, 1, 100)).stream()
                .map(Lead::toView).toList();
    }

    // ---- conversion ----

    /**
     * Converts a won lead. A returning customer (the given existing client, or a client with a contact of the
     * lead's email) is linked instead of duplicated; otherwise the client is created with the lead's contact as its
     * primary contact. Either way the lead's activities go onto the client's timeline and the sales cycle (first
     * contact to won date) is recorded.
     */
    public LeadConversion convert(UUID leadId, @Nullable UUID existingClientId) {
        Lead lead = lead(leadId);
        if (lead.clientId() != null) {
            throw new DomainException("leads.converted");
        }
        if (stage(lead.stageId()).kind() != StageKind.WON) {
            throw new DomainException("leads.convert.not-won");
        }
        LeadView v = lead.toView();
        LocalDate won = Objects.requireNonNull(v.wonDate());
        List<TimelineEntry> history = new ArrayList<>(activities.findByLeadIdOrderByOccurredAtAsc(leadId).stream()
                .map(LeadActivity::toView)
                .map(a -> new TimelineEntry(a.type().name(), a.occurredAt(), a.authorSubject(), a.text(), a.id()))
                .toList());
        for (IncentiveView i : incentives(leadId)) {
            history.add(new TimelineEntry("INCENTIVE", i.offeredAt(), null,
                    i.type().name() + " (" + i.status().name() + ")" + (i.note() == null ? "" : ": " + i.note()), i.id()));
        }
        history.add(new TimelineEntry("CONVERTED", clock.instant(), TenantContext.subject().orElse(null), v.name(),
                v.id()));
        ContactDetails contact = v.kind() == ClientKind.INDIVIDUAL || v.organization() != null || v.email() != null
                ? new ContactDetails(v.name(), v.email(), v.phone(), null) : null;

        UUID clientId = existingClientId;
        if (clientId == null && v.email() != null) {
            clientId = clients.findContactByEmail(v.email()).map(ContactView::clientId).orElse(null);
        }
        boolean returning = clientId != null;
        if (returning) {
            clients.profile(clientId);
            if (contact != null && (v.email() == null || clients.contacts(clientId).stream()
                    .noneMatch(c -> v.email().equalsIgnoreCase(c.email())))) {
                clients.addContact(clientId, contact, false);
            }
            clients.addToTimeline(clientId, history);
        } else {
            String clientName = v.kind() == ClientKind.ORGANIZATION && v.organization() != null ? v.organization() : v.name();
            clientId = clients.createFromLead(new ClientFromLead(clientName, v.kind(), contact, v.firstContactDate(), won,
                    v.ownerSubject(), history)).id();
        }
        lead.linkTo(clientId);
        leads.flush();
        events.publishEvent(new LeadConverted(TenantContext.requireTenantId(), leadId, clientId, returning));
        return new LeadConversion(leadId, clientId, returning, ChronoUnit.DAYS.between(v.firstContactDate(), won));
    }

    // ---- activities and incentives ----

    public LeadActivityView logActivity(UUID leadId, ActivityType type, @Nullable Instant occurredAt, String text) {
        if (type == ActivityType.STAGE_CHANGE) {
            throw new DomainException("leads.activity.type");
        }
        String clean = required(text, "leads.activity.text.required", 4000);
        Lead lead = lead(leadId);
        return activities.save(LeadActivity.record(lead.id(), type, occurredAt != null ? occurredAt : clock.instant(),
                TenantContext.subject().orElse(null), clean)).toView();
    }

    /** The lead's activities, newest first. */
    @Transactional(readOnly = true)
    public Page<LeadActivityView> activities(UUID leadId, Pageable pageable) {
        return activities.findByLeadIdOrderByOccurredAtDesc(leadId, pageable).map(LeadActivity::toView);
    }

    public IncentiveView offerIncentive(UUID leadId, IncentiveType type, @Nullable String note) {
        Lead lead = lead(leadId);
        return incentives.save(LeadIncentive.offer(lead.id(), type, optional(note, 500), clock.instant())).toView();
    }

    public IncentiveView updateIncentive(UUID incentiveId, IncentiveStatus status) {
        LeadIncentive incentive = incentives.findById(incentiveId)
                .orElseThrow(() -> new DomainException("leads.incentive.not-found"));
        incentive.changeStatus(status);
        return incentive.toView();
    }

    @Transactional(readOnly = true)
    public List<IncentiveView> incentives(UUID leadId) {
        return incentives.findByLeadIdOrderByOfferedAtAsc(leadId).stream().map(LeadIncentive::toView).toList();
    }

    // ---- helpers ----

    private List<LeadStage> ensureStages() {
        List<LeadStage> existing = stages.findAllByOrderByPositionAsc();
        if (!existing.isEmpty()) {
            return existing;
        }
        SeedTexts texts = SeedTexts.of("pipeline", tenants.find(TenantContext.requireTenantId())
                .map(TenantView::locale).orElse("en"));
        int position = 1;
        for (String[] open : new String[][] {{"new-contact", "New contact"}, {"consultation", "Consultation"},
                {"proposal", "Proposal"}, {"agreement", "Agreement"}}) {
            stages.save(LeadStage.create(texts.text("stage." + open[0], open[1]), position++, StageKind.OPEN));
        }
        stages.save(LeadStage.create(texts.text("stage.won", "Won"), position++, StageKind.WON));
        stages.save(LeadStage.create(texts.text("stage.lost", "Lost"), position, StageKind.LOST));
        stages.flush();
        return stages.findAllByOrderByPositionAsc();
    }

    private Lead lead(UUID leadId) {
        return leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
    }

    private LeadStage stage(UUID stageId) {
        return stages.findById(stageId).orElseThrow(() -> new DomainException("leads.stage.not-found"));
    }

    static LeadDetails validated(LeadDetails d, @Nullable String defaultOwner) {
        String name = required(d.name(), "leads.name.required", 200);
        if (d.kind() == null || d.source() == null) {
            throw new DomainException("leads.kind-source.required");
        }
        String email = ContactFormat.email(d.email(), "leads.email.invalid");
        String phone = ContactFormat.phone(d.phone(), "leads.phone.invalid");
        BigDecimal value = d.estimatedValue();
        String currency = optional(d.currency(), 3);
        if (value != null) {
            if (value.signum() < 0) {
                throw new DomainException("leads.value.negative");
            }
            if (value.compareTo(MAX_VALUE) > 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw new DomainException("leads.value.invalid");
            }
            if (currency == null) {
                throw new DomainException("leads.currency.required");
            }
        }
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new DomainException("leads.currency.unknown", currency);
            }
        }
        String owner = optional(d.ownerSubject(), 255);
        return new LeadDetails(name, d.kind(), optional(d.organization(), 200), email, phone, d.source(),
                optional(d.serviceLine(), 200), value, currency, owner != null ? owner : defaultOwner,
                d.nextFollowUp(), d.firstContactDate());
    }

    private static String required(@Nullable String text, String key, int max) {
        return TEXT.required(text, key, max);
    }

    private static @Nullable String optional(@Nullable String text, int max) {
        return TEXT.optional(text, max);
    }
}
