package io.klien.contracts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.clients.ContactView;
import io.klien.contracts.ContractApprovalRequested;
import io.klien.contracts.ContractApproved;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractDrafted;
import io.klien.contracts.ContractEvent;
import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractMarkup;
import io.klien.contracts.ContractRejected;
import io.klien.contracts.ContractSent;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractSummary;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerminated;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.ContractVoided;
import io.klien.contracts.Contracts;
import io.klien.contracts.MergeValues;
import io.klien.contracts.Money;
import io.klien.contracts.ServiceLevel;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.TermName;
import io.klien.contracts.TermsRules;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchWords;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractService implements Contracts {

    private static final int TITLE_MAX = 200;
    private static final int REASON_MAX = 1000;

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final ContractSettingRepository settings;
    private final ContractTemplates templates;
    private final Clients clients;
    private final ClientContacts clientContacts;
    private final Memberships memberships;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractService(ContractRepository contracts, ContractSignatoryRepository signatories,
            ContractSettingRepository settings, ContractTemplates templates, Clients clients,
            ClientContacts clientContacts, Memberships memberships, Tenants tenants, ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.settings = settings;
        this.templates = templates;
        this.clients = clients;
        this.clientContacts = clientContacts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    // ---- drafting ----

    @Override
    public ContractView draft(UUID clientId, UUID templateId, ContractDraft draft) {
        ClientView client = clients.find(clientId).orElseThrow(() -> new DomainException("contracts.client.not-found"));
        ContractTemplateView template = templates.current(templateId);
        String body = ContractMarkup.validated(draft.body() == null ? template.definition().body() : draft.body());
        String title = title(draft.title() == null ? template.definition().name() : draft.title());
        ContractTerms terms = TermsRules.validated(draft.terms());
        requireFutureExpiry(draft.expiresOn());
        Contract contract = contracts.save(Contract.draft(client.id(), template.versionId(), null, title, body, terms,
                order(draft.signingOrder()), draft.expiresOn(), TenantContext.subject().orElse(null), now()));
        replaceSignatories(contract, draft.signatories());
        publish(new ContractDrafted(tenant(), contract.id(), client.id(), contract.revision(), null));
        return view(contract);
    }

    @Override
    public ContractView revise(UUID contractId, long expectedVersion, ContractDraft draft) {
        Contract contract = locked(contractId, expectedVersion);
        String body = ContractMarkup.validated(draft.body() == null ? contract.body() : draft.body());
        String title = title(draft.title() == null ? contract.title() : draft.title());
        ContractTerms terms = TermsRules.validated(draft.terms());
        requireFutureExpiry(draft.expiresOn());
        if (contract.status() == ContractStatus.DRAFT) {
            contract.revise(title, body, terms, order(draft.signingOrder()), draft.expiresOn());
            renameAmendedTerms(contract);
            replaceSignatories(contract, draft.signatories());
            contracts.flush();
            return view(contract);
        }
        if (!contract.status().outForSignature()) {
            throw new DomainException("contracts.edit.not-draft", contract.status());
        }
        Contract next = contracts.save(Contract.draft(contract.clientId(), contract.templateVersionId(), contract,
                title, body, terms, order(draft.signingOrder()), draft.expiresOn(),
                TenantContext.subject().orElse(null), now()));
        renameAmendedTerms(next);
        contract.voidWith("edited after sending", next.id());
        contracts.flush();
        replaceSignatories(next, draft.signatories());
        publish(new ContractVoided(tenant(), contract.id(), contract.clientId(), "edited after sending", next.id()));
        publish(new ContractDrafted(tenant(), next.id(), next.clientId(), next.revision(), contract.id()));
        return view(next);
    }

    @Override
    @Transactional(readOnly = true)
    public String preview(UUID contractId) {
        Contract contract = readable(contractId);
        return ContractMarkup.toHtml(merged(contract));
    }

    @Override
    @Transactional(readOnly = true)
    public String mergedBody(UUID contractId) {
        return merged(readable(contractId));
    }

    // ---- approval ----

    @Override
    @Transactional(readOnly = true)
    public boolean needsApproval(ContractTerms terms) {
        Money threshold = settings.findFirstBy().map(ContractSetting::approvalThreshold).orElse(null);
        if (threshold == null) {
            return false;
        }
        Money value = TermsRules.value(terms);
        return !value.currency().equals(threshold.currency()) || value.amount().compareTo(threshold.amount()) > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable Money approvalThreshold() {
        return settings.findFirstBy().map(ContractSetting::approvalThreshold).orElse(null);
    }

    @Override
    public @Nullable Money requireApprovalAbove(@Nullable Money threshold) {
        Money clean = threshold == null ? null : threshold.validated("approvalThreshold");
        ContractSetting setting = settings.findFirstBy().orElseGet(() -> settings.save(ContractSetting.create()));
        setting.requireApprovalAbove(clean);
        settings.flush();
        return clean;
    }

    @Override
    public ContractView requestApproval(UUID contractId) {
        Contract contract = locked(contractId, null);
        contract.requestApproval();
        publish(new ContractApprovalRequested(tenant(), contract.id(), contract.clientId(),
                TermsRules.value(contract.terms()).amount().toPlainString() + " "
                        + TermsRules.value(contract.terms()).currency()));
        return view(contract);
    }

    @Override
    public ContractView approve(UUID contractId) {
        Contract contract = locked(contractId, null);
        String admin = TenantContext.subject().orElseThrow();
        contract.approve(admin, now());
        publish(new ContractApproved(tenant(), contract.id(), contract.clientId(), admin));
        return view(contract);
    }

    @Override
    public ContractView reject(UUID contractId, String reason) {
        String clean = reason(reason);
        Contract contract = locked(contractId, null);
        contract.reject(clean);
        publish(new ContractRejected(tenant(), contract.id(), contract.clientId(),
                TenantContext.subject().orElseThrow(), clean));
        return view(contract);
    }

    // ---- sending and signing ----

    @Override
    public ContractView send(UUID contractId) {
        Contract contract = locked(contractId, null);
        int count = signatoriesOf(contract).size();
        contract.send(needsApproval(contract.terms()), count, today(), now());
        publish(new ContractSent(tenant(), contract.id(), contract.clientId(), count));
        return view(contract);
    }

    @Override
    public ContractView voidContract(UUID contractId, String reason) {
        String clean = reason(reason);
        Contract contract = locked(contractId, null);
        contract.voidWith(clean, null);
        publish(new ContractVoided(tenant(), contract.id(), contract.clientId(), clean, null));
        return view(contract);
    }

    @Override
    public ContractView terminate(UUID contractId, String reason, LocalDate effective) {
        String clean = reason(reason);
        Contract contract = locked(contractId, null);
        String by = TenantContext.subject().orElseThrow();
        contract.terminate(by, clean, effective, now());
        Money fee = contract.terms().termination().fee();
        publish(new ContractTerminated(tenant(), contract.id(), contract.clientId(), by, clean, effective,
                fee == null ? null : fee.amount(), fee == null ? null : fee.currency()));
        return view(contract);
    }

    // ---- reading ----

    @Override
    @Transactional(readOnly = true)
    public ContractView get(UUID contractId) {
        return view(readable(contractId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Instant> firstSignedAt(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> first = new HashMap<>();
        for (Object[] row : contracts.findFirstSigningOf(Set.copyOf(clientIds))) {
            first.put((UUID) row[0], (Instant) row[1]);
        }
        return first;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractView> ofClient(UUID clientId) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, clientId, "A client user sees only their own client's contracts");
        List<Contract> found = scope.clientUser()
                ? contracts.findByClientIdAndSentAtIsNotNullOrderByCreatedAtDesc(clientId)
                : contracts.findByClientIdOrderByCreatedAtDesc(clientId);
        return found.stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractSummary> list(ContractFilter filter, Pageable pageable) {
        List<ContractListEntry> page = listEntries.findBy(listQuery(filter), q -> q.slice(ordered(pageable)))
                .getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = clients.names(page.stream().map(ContractListEntry::clientId)
                .collect(Collectors.toSet()));
        Map<UUID, List<Object[]>> signing = new HashMap<>();
        listEntries.signatoriesOf(page.stream().map(ContractListEntry::id).toList())
                .forEach(row -> signing.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(row));
        return page.stream().map(c -> summary(c, names.getOrDefault(c.clientId(), ""),
                signing.getOrDefault(c.id(), List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ContractFilter filter) {
        return listEntries.count(listQuery(filter));
    }

    private ContractListEntryRepository listEntries;
    private SearchWords searchWords;
    private JdbcClient jdbc;

    @Autowired
    void listReadsThrough(ContractListEntryRepository entries, SearchWords words, JdbcClient jdbcClient) {
        // the list's own collaborators, injected here rather than in the constructor to keep the list self-contained
        this.listEntries = entries;
        this.searchWords = words;
        this.jdbc = jdbcClient;
    }

    private Specification<ContractListEntry> listQuery(ContractFilter filter) {
        Integer days = filter.endingWithinDays();
        if (days != null && (days < 0 || days > ContractFilter.MAX_WINDOW_DAYS)) {
            throw DomainException.onField("endingWithinDays", "contracts.filter.window-range", 0,
                    ContractFilter.MAX_WINDOW_DAYS);
        }
        LocalDate from = days == null ? null : today();
        SearchQuery search = searchWords.of(filter.text());
        if (search != null || from != null) {
            // How many contracts a word or a window selects varies from a few to thousands; PostgreSQL's generic plan
            // for a prepared statement guesses instead of looking (in the benchmark it chose a nested loop that ran
            // for 2 s where the plan for the actual values takes 5 ms), so this transaction plans for its values; and
            // parallel workers cost more to start than a page of 50 takes.
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").query().listOfRows();
        }
        return ContractQueries.matching(filter, search, from, from == null ? null : from.plusDays(days));
    }

    /** The page's order, then creation and id in the same direction (the list's indexes end with both). */
    private static Pageable ordered(Pageable pageable) {
        Sort.Direction direction = pageable.getSort().stream().findFirst().map(Sort.Order::getDirection)
                .orElse(Sort.Direction.DESC);
        Sort sort = pageable.getSort();
        for (String tie : List.of("createdAt", "id")) {
            if (sort.getOrderFor(tie) == null) {
                sort = sort.and(Sort.by(direction, tie));
            }
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private static ContractSummary summary(ContractListEntry c, String clientName, List<Object[]> signatories) {
        int signed = (int) signatories.stream().filter(row -> row[3] == SignatoryStatus.SIGNED).count();
        String waitingFor = !c.status().outForSignature() ? null : signatories.stream()
                .filter(row -> row[3] == SignatoryStatus.PENDING).map(row -> (String) row[2]).findFirst().orElse(null);
        return new ContractSummary(c.id(), c.clientId(), clientName, c.title(), c.status(), c.revision(),
                c.expiresOn(), c.createdAt(), c.endsOn(), signatories.size(), signed, waitingFor);
    }

    @Override
    @Transactional(readOnly = true)
    public long countAwaitingSignature() {
        return contracts.countByStatusIn(List.of(ContractStatus.SENT, ContractStatus.PARTIALLY_SIGNED));
    }

    @Override
    @Transactional(readOnly = true)
    public long countExpiringWithin(int days) {
        LocalDate today = today();
        return contracts.countInForceEndingBetween(today, today.plusDays(days));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractTerms> termsInForce(UUID clientId) {
        return contracts.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .filter(c -> c.status().inForce() && !c.isAmendment()).map(Contract::terms).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ServiceLevel.Priority, ServiceLevel.Target> serviceLevelInForce(UUID clientId) {
        ClientAccess.requireOwnClient(TenantContext.acting(), clientId,
                "A client user sees only their own client's service level");
        Map<ServiceLevel.Priority, ServiceLevel.Target> out = new java.util.EnumMap<>(ServiceLevel.Priority.class);
        contracts.findByClientIdOrderByCreatedAtDesc(clientId).stream()
                .filter(c -> c.status().inForce() && !c.isAmendment())
                .flatMap(c -> c.terms().serviceLevel().targets().stream())
                .forEach(t -> out.putIfAbsent(t.priority(), t));
        return out;
    }

    // ---- helpers ----

    /** An amendment edited by hand changes the terms in which it now differs from the contract it amends. */
    private void renameAmendedTerms(Contract contract) {
        if (contract.isAmendment() && contract.amendsId() != null) {
            Contract original = contracts.findById(contract.amendsId())
                    .orElseThrow(() -> new DomainException("contracts.not-found"));
            contract.amendsTerms(TermName.differing(original.terms(), contract.terms()));
        }
    }

    private String merged(Contract contract) {
        TenantView firm = tenants.find(tenant()).orElseThrow();
        String clientName = clients.find(contract.clientId()).map(ClientView::name).orElse("");
        String contact = signatoriesOf(contract).stream().filter(s -> s.side() == SignatorySide.CLIENT)
                .map(ContractSignatory::name).findFirst().orElse(null);
        Map<String, String> values = MergeValues.of(firm.name(), clientName, contact, contract.terms(), today(),
                firm.locale());
        return ContractMarkup.merge(contract.body(), values);
    }

    private void replaceSignatories(Contract contract, List<SignatoryChoice> choices) {
        signatories.deleteAll(signatoriesOf(contract));
        signatories.flush();
        Map<UUID, ContactView> contacts = new HashMap<>();
        clientContacts.contacts(contract.clientId()).forEach(c -> contacts.put(c.id(), c));
        Map<String, MembershipView> colleagues = new HashMap<>();
        memberships.colleagues().forEach(m -> colleagues.put(m.subject(), m));
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            SignatoryChoice choice = choices.get(i);
            String field = "signatories[" + i + "]";
            if (choice == null || choice.side() == null) {
                throw DomainException.onField(field, "contracts.signatories.unknown");
            }
            ContractSignatory signatory;
            if (choice.side() == SignatorySide.CLIENT) {
                ContactView contact = choice.contactId() == null ? null : contacts.get(choice.contactId());
                if (contact == null) {
                    throw DomainException.onField(field, "contracts.signatories.not-a-contact");
                }
                signatory = ContractSignatory.of(contract.id(), i + 1, SignatorySide.CLIENT, contact.id(), null,
                        contact.name(), contact.email());
            } else {
                MembershipView member = choice.memberSubject() == null ? null : colleagues.get(choice.memberSubject());
                if (member == null || member.role() == FirmRole.CLIENT) {
                    throw DomainException.onField(field, "contracts.signatories.not-a-member");
                }
                signatory = ContractSignatory.of(contract.id(), i + 1, SignatorySide.FIRM, null, member.subject(),
                        member.displayName(), member.email());
            }
            if (!seen.add(choice.side() == SignatorySide.CLIENT ? choice.contactId() : choice.memberSubject())) {
                throw DomainException.onField(field, "contracts.signatories.twice", signatory.name());
            }
            signatories.save(signatory);
        }
        signatories.flush();
    }

    /**
     * A client user signs only for a contact of their own client (the read check holds the client); a member only as
     * themselves.
     */
    static void requireMaySignFor(Scope scope, ContractSignatory signatory) {
        boolean allowed = scope.clientUser() ? signatory.side() == SignatorySide.CLIENT
                : scope.subject() == null || (signatory.side() == SignatorySide.FIRM
                        && scope.subject().equals(signatory.memberSubject()));
        if (!allowed) {
            throw new AccessDeniedException("Only the signatory signs for themselves");
        }
    }

    private Contract readable(UUID contractId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        requireVisible(contract);
        return contract;
    }

    /** A client user sees only their own client's contracts, and only those sent to it. */
    static void requireVisible(Contract contract) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, contract.clientId(), "A client user sees only their own client's contracts");
        if (scope.clientUser() && !contract.wasSent()) {
            throw new DomainException("contracts.not-found");
        }
    }

    private Contract locked(UUID contractId, @Nullable Long expectedVersion) {
        Contract contract = contracts.findForUpdate(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        if (expectedVersion != null && contract.version() != expectedVersion) {
            throw new DomainException("contracts.stale");
        }
        return contract;
    }

    private List<ContractSignatory> signatoriesOf(Contract contract) {
        return signatories.findByContractIdOrderByPositionAsc(contract.id());
    }

    private ContractView view(Contract contract) {
        contracts.flush();
        return contract.toView(signatoriesOf(contract));
    }

    private void requireFutureExpiry(LocalDate expiresOn) {
        if (expiresOn == null || expiresOn.isBefore(today())) {
            throw DomainException.onField("expiresOn", "contracts.expiry.past");
        }
    }

    private static SigningOrder order(@Nullable SigningOrder order) {
        return order == null ? SigningOrder.PARALLEL : order;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw DomainException.onField("title", "contracts.title.required");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw DomainException.onField("title", "contracts.title.too-long", TITLE_MAX);
        }
        return title.strip();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "contracts.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw DomainException.onField("reason", "contracts.reason.too-long", REASON_MAX);
        }
        return reason.strip();
    }

    private void publish(ContractEvent event) {
        contracts.flush();
        events.publishEvent(event);
    }

    private LocalDate today() {
        ZoneId zone = tenants.find(tenant()).map(t -> ZoneId.of(t.timeZone())).orElse(ZoneId.of("UTC"));
        return LocalDate.now(clock.withZone(zone));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID tenant() {
        return TenantContext.requireTenantId();
    }
}
