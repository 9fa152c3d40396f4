package io.klien.leads.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.klien.clients.ClientSearch;
import io.klien.leads.ActivityType;
import io.klien.leads.BoardColumn;
import io.klien.leads.LeadActivityView;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadFilter;
import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.StageKind;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.NormalizedName;
import io.klien.shared.PeopleDirectory;
import io.klien.shared.PersonRefs;
import io.klien.shared.TextInput;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import io.klien.shared.search.SearchWords;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Tenants;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LeadService implements Leads {

    static final String TOO_LONG = "leads.text.too-long";
    static final TextInput TEXT = new TextInput(TOO_LONG);

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
    private final PeopleDirectory people;

    LeadService(LeadRepository leads, LeadStageRepository stages, LeadActivityRepository activities, Tenants tenants,
            ClientSearch clients, Clock clock, SearchWords searchWords, EntityManager entityManager, FirmTime firmTime,
            PeopleDirectory people) {
        this.firmTime = firmTime;
        this.people = people;
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

    @Override
    public LeadView create(LeadDetails details) {
        return create(details, false);
    }

    @Override
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
        return view(leads.save(Lead.create(clean, first.id(), firstContact, clock.instant())));
    }

    @Override
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
        return view(lead);
    }

    @Override
    @Transactional(readOnly = true)
    public LeadView get(UUID leadId) {
        return view(lead(leadId));
    }

    @Override
    public LeadView moveToStage(UUID leadId, UUID stageId) {
        Lead lead = lead(leadId);
        LeadStage target = stage(stageId);
        if (target.kind() == StageKind.LOST) {
            throw new DomainException("leads.lost.reason-required");
        }
        return move(lead, target, null);
    }

    @Override
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
            return view(lead);
        }
        String fromName = stages.findById(from).map(s -> s.toView().name()).orElse("?");
        String text = fromName + " → " + target.toView().name() + (lostReason == null ? "" : ": " + lostReason);
        activities.save(LeadActivity.record(lead.id(), ActivityType.STAGE_CHANGE, clock.instant(),
                TenantContext.subject().orElse(null), text));
        leads.save(lead);
        leads.flush();
        return view(lead);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<LeadView> list(LeadFilter filter, Pageable pageable) {
        Page<Lead> page = page(filter, pageable);
        PersonRefs owners = people.refs(page.map(Lead::ownerSubject).getContent());
        return page.map(lead -> lead.toView(owners));
    }

    @Override
    public List<BoardColumn> board(LeadFilter filter, Pageable perColumn) {
        Map<LeadStageView, Page<Lead>> columns = new LinkedHashMap<>();
        stages.findAllByOrderByPositionAsc().forEach(s -> columns.put(s.toView(), page(new LeadFilter(s.id(),
                filter.ownerSubject(), filter.mine(), filter.overdueOnly(), filter.text()), perColumn)));
        PersonRefs owners = people.refs(columns.values().stream()
                .flatMap(page -> page.getContent().stream().map(Lead::ownerSubject)).toList());
        return columns.entrySet().stream()
                .map(column -> new BoardColumn(column.getKey(), column.getValue().map(lead -> lead.toView(owners))))
                .toList();
    }

    private Page<Lead> page(LeadFilter filter, Pageable pageable) {
        Scope scope = TenantContext.acting();
        String owner = filter.mine() ? Objects.requireNonNullElse(scope.subject(), "") : filter.ownerSubject();
        LocalDate before = filter.overdueOnly() ? today() : null;
        return leads.findAll(LeadQueries.matching(filter.stageId(), owner, before, searchWords.of(filter.text())),
                pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today() {
        return firmTime.today(TenantContext.requireTenantId());
    }

    @Override
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
                LeadView v = l.toView(PersonRefs.none());
                boolean byEmail = v.email() != null && v.email().equalsIgnoreCase(email);
                found.putIfAbsent(v.id(), new DuplicateCandidate(DuplicateCandidate.Kind.LEAD, v.id(), v.clientId(),
                        v.name(), v.email(), byEmail ? DuplicateCandidate.Match.EMAIL : DuplicateCandidate.Match.NAME));
            }
            clients.possibleDuplicates(name, details.email()).forEach(c -> found.putIfAbsent(c.id(), c));
        }
        return List.copyOf(found.values());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadView> find(String text, int limit) {
        SearchQuery search = searchWords.of(text);
        return search == null ? List.of() : find(search, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadView> find(SearchQuery search, int limit) {
        return views(SearchTerms.best(entityManager, Lead.class, SearchKind.LEAD, search, "name",
                Math.clamp(limit, 1, 100)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadView> findByNameWords(String name, int limit) {
        String words = NormalizedName.of(name);
        return words.isEmpty() ? List.of() : views(leads.findByNameWords(TenantContext.requireTenantId(), words,
                String.join(" ", NormalizedName.LEGAL_FORMS), Math.clamp(limit, 1, 100)));
    }

    // ---- activities ----

    @Override
    public LeadActivityView logActivity(UUID leadId, ActivityType type, @Nullable Instant occurredAt, String text) {
        if (type == ActivityType.STAGE_CHANGE) {
            throw new DomainException("leads.activity.type");
        }
        String clean = required(text, "leads.activity.text.required", 4000);
        Lead lead = lead(leadId);
        LeadActivity logged = activities.save(LeadActivity.record(lead.id(), type,
                occurredAt != null ? occurredAt : clock.instant(), TenantContext.subject().orElse(null), clean));
        return logged.toView(people.refs(Collections.singletonList(logged.authorSubject())));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<LeadActivityView> activities(UUID leadId, Pageable pageable) {
        Page<LeadActivity> page = activities.findByLeadIdOrderByOccurredAtDesc(leadId, pageable);
        PersonRefs authors = people.refs(page.map(LeadActivity::authorSubject).getContent());
        return page.map(activity -> activity.toView(authors));
    }

    // ---- helpers ----

    private LeadView view(Lead lead) {
        return lead.toView(people.refs(Collections.singletonList(lead.ownerSubject())));
    }

    private List<LeadView> views(List<Lead> found) {
        PersonRefs owners = people.refs(found.stream().map(Lead::ownerSubject).toList());
        return found.stream().map(lead -> lead.toView(owners)).toList();
    }

    private Lead lead(UUID leadId) {
        return leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
    }

    private LeadStage stage(UUID stageId) {
        return PipelineStageService.stage(stages, stageId);
    }

    static LeadDetails validated(LeadDetails d, @Nullable String defaultOwner) {
        String name = field("name").required(d.name(), "leads.name.required", 200);
        if (d.kind() == null) {
            throw DomainException.onField("kind", "leads.kind-source.required");
        }
        if (d.source() == null) {
            throw DomainException.onField("source", "leads.kind-source.required");
        }
        String email = ContactFormat.email(d.email(), "leads.email.invalid", "email");
        String phone = ContactFormat.phone(d.phone(), "leads.phone.invalid", "phone");
        BigDecimal value = d.estimatedValue();
        String currency = field("currency").optional(d.currency(), 3);
        if (value != null) {
            if (value.signum() < 0) {
                throw DomainException.onField("estimatedValue", "leads.value.negative");
            }
            if (value.compareTo(MAX_VALUE) > 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw DomainException.onField("estimatedValue", "leads.value.invalid");
            }
            if (currency == null) {
                throw DomainException.onField("currency", "leads.currency.required");
            }
        }
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw DomainException.onField("currency", "leads.currency.unknown", currency);
            }
        }
        String owner = optional(d.ownerSubject(), 255);
        return new LeadDetails(name, d.kind(), field("organization").optional(d.organization(), 200), email, phone,
                d.source(), field("serviceLine").optional(d.serviceLine(), 200), value, currency,
                owner != null ? owner : defaultOwner,
                d.nextFollowUp(), d.firstContactDate());
    }

    private static TextInput field(String name) {
        return TextInput.forField(name, TOO_LONG);
    }

    private static String required(@Nullable String text, String key, int max) {
        return TEXT.required(text, key, max);
    }

    private static @Nullable String optional(@Nullable String text, int max) {
        return TEXT.optional(text, max);
    }
}
