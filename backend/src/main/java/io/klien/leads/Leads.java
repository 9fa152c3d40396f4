package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import io.klien.leads.internal.LeadQueries;
import io.klien.leads.internal.LeadRepository;
import io.klien.leads.internal.LeadStage;
import io.klien.leads.internal.LeadStageRepository;
import io.klien.clients.ClientSearch;
import io.klien.shared.ContactFormat;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.NormalizedName;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's leads for staff: creating and editing them, moving them through the stages, their activities, finding
 * them. Client users see none of it. Stages are {@link PipelineStages}, incentives {@link LeadIncentives}, conversion
 * {@link LeadConversions}.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class Leads {

    static final TextInput TEXT = new TextInput("leads.text.too-long");

    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

    private final LeadRepository leads;
    private final LeadStageRepository stages;
    private final LeadActivityRepository activities;
    private final Tenants tenants;
    private final ClientSearch clients;
    private final Clock clock;
    private final SearchWords searchWords;
    private final EntityManager entityManager;
    private final FirmTime firmTime;

    Leads(LeadRepository leads, LeadStageRepository stages, LeadActivityRepository activities, Tenants tenants,
            ClientSearch clients, Clock clock, SearchWords searchWords, EntityManager entityManager, FirmTime firmTime) {
        this.firmTime = firmTime;
        this.leads = leads;
        this.stages = stages;
        this.activities = activities;
        this.tenants = tenants;
        this.clients = clients;
        this.clock = clock;
        this.searchWords = searchWords;
        this.entityManager = entityManager;
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
        LeadStage first = stages.findAllByOrderByPositionAsc().stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
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
        LeadStage lost = stages.findAllByOrderByPositionAsc().stream().filter(s -> s.kind() == StageKind.LOST).findFirst()
                .orElseThrow(() -> new DomainException("leads.stage.none-lost"));
        return move(lead, lost, clean);
    }

    private LeadView move(Lead lead, LeadStage target, @Nullable String lostReason) {
        UUID from = lead.stageId();
        LocalDate won = target.kind() == StageKind.WON ? today() : null;
        if (!lead.moveTo(target.id(), won, lostReason)) {
            return lead.toView();
        }
        String fromName = stages.findById(from).map(s -> s.toView().name()).orElse("?");
        String text = fromName + " → " + target.toView().name() + (lostReason == null ? "" : ": " + lostReason);
        activities.save(LeadActivity.record(lead.id(), ActivityType.STAGE_CHANGE, clock.instant(),
                TenantContext.subject().orElse(null), text));
        leads.save(lead);
        leads.flush();
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
        return stages.findAllByOrderByPositionAsc().stream()
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

    // ---- activities ----

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

    // ---- helpers ----

    private Lead lead(UUID leadId) {
        return leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
    }

    private LeadStage stage(UUID stageId) {
        return PipelineStages.stage(stages, stageId);
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
