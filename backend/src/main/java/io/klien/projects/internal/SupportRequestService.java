package io.klien.projects.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.documents.DocumentOwner;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.SlaBreachCounts;
import io.klien.projects.SlaTargets;
import io.klien.projects.SupportMessageView;
import io.klien.projects.SupportQueueFilter;
import io.klien.projects.SupportRequestRaised;
import io.klien.projects.SupportRequestResolved;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.shared.DomainException;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SupportRequestService implements SupportRequests {

    /** Owner kind of a request's attachments in the documents module. */
    static final String DOCUMENT_OWNER = "SUPPORT_REQUEST";
    static final int ATTACHMENTS_MAX = 10;
    static final int REASON_MAX = 4000;

    private final SupportRequestRepository requests;
    private final SupportRequestMessageRepository messages;
    private final SupportRequestAttachmentRepository attachments;
    private final ServiceLevelService serviceLevels;
    private final ProjectRepository projects;
    private final Documents documents;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    SupportRequestService(SupportRequestRepository requests, SupportRequestMessageRepository messages,
            SupportRequestAttachmentRepository attachments, ServiceLevelService serviceLevels,
            ProjectRepository projects, Documents documents, Memberships memberships, FirmTime time,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.serviceLevels = serviceLevels;
        this.projects = projects;
        this.documents = documents;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public SupportRequestView raise(NewSupportRequest request, List<ReceivedUpload> uploads) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, request.clientId(), "A client user raises requests for their own client");
        if (request.projectId() != null && projects.findById(request.projectId())
                .filter(p -> p.clientId().equals(request.clientId())).isEmpty()) {
            throw DomainException.onField("projectId", "projects.not-found");
        }
        if (uploads.size() > ATTACHMENTS_MAX) {
            throw DomainException.onField("attachments", "projects.discussion.too-many-attachments",
                    ATTACHMENTS_MAX);
        }
        Instant now = now();
        SlaTargets targets = serviceLevels.targetsFor(request.clientId(), request.priority());
        BusinessCalendar calendar = serviceLevels.calendar();
        SupportRequest made = requests.saveAndFlush(SupportRequest.raised(requests.lastNumber() + 1, request.clientId(),
                request.projectId(), request.category(), request.priority(), request.description(),
                scope.subject(), now, calendar.plusBusinessMinutes(now, targets.firstResponseMinutes()),
                calendar.plusBusinessMinutes(now, targets.resolutionMinutes())));
        List<UUID> documentIds = new ArrayList<>();
        for (ReceivedUpload upload : uploads) {
            documentIds.add(documents.store(new DocumentOwner(DOCUMENT_OWNER, made.id(), made.clientId()), upload,
                    ATTACHMENTS).id());
        }
        attachments.saveAllAndFlush(documentIds.stream().map(d -> SupportRequestAttachment.of(made.id(), d))
                .toList());
        events.publishEvent(new SupportRequestRaised(made.tenantId(), made.id(), made.number(), made.clientId(),
                made.priority(), made.firstResponseDue(), made.resolutionDue()));
        return view(made, documentIds);
    }

    @Override
    @Transactional(readOnly = true)
    public SupportRequestView get(UUID requestId) {
        SupportRequest request = readable(requestId, false);
        return views(List.of(request)).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportRequestView> ofClient(UUID clientId) {
        ClientAccess.requireOwnClient(TenantContext.acting(), clientId, "A client user sees only their own client");
        return views(requests.findOfClient(clientId));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<SupportRequestView> queue(SupportQueueFilter filter, Pageable pageable) {
        Page<SupportRequest> page = requests.findAll(queueOf(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The filter in the database, most urgent first, then the soonest first-response and resolution due. */
    private static Specification<SupportRequest> queueOf(SupportQueueFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.states().isEmpty()) {
                where.add(root.get("state").in(filter.states()));
            }
            if (filter.priority() != null) {
                where.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.assignee() != null) {
                where.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.breached() != null) {
                Predicate breached = cb.or(cb.isNotNull(root.get("firstResponseBreachedAt")),
                        cb.isNotNull(root.get("resolutionBreachedAt")));
                where.add(filter.breached() ? breached : cb.not(breached));
            }
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                // the order of support_request_rank_ix and support_request_state_rank_ix: a page is an index scan
                query.orderBy(cb.desc(root.get("priorityRank")), cb.asc(root.get("resolutionDue")),
                        cb.asc(root.get("raisedAt")), cb.asc(root.get("id")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Override
    public SupportRequestView assign(UUID requestId, @Nullable String assignee) {
        SupportRequest request = readable(requestId, true);
        if (assignee != null && memberships.colleagues().stream().noneMatch(m -> m.subject().equals(assignee))) {
            throw DomainException.onField("assignee", "projects.team.not-a-colleague");
        }
        request.assign(assignee);
        return saved(request);
    }

    @Override
    public SupportMessageView reply(UUID requestId, String body) {
        SupportRequest request = readable(requestId, true);
        Scope scope = TenantContext.acting();
        boolean fromFirm = !scope.clientUser();
        Instant now = now();
        String subject = scope.subject();
        SupportRequestMessage made = SupportRequestMessage.of(request.id(), subject, authorName(subject), fromFirm,
                body, now);
        if (fromFirm) {
            request.firmReplied(now);
        } else if (request.state() == io.klien.projects.SupportState.CLOSED) {
            throw new DomainException("projects.support.closed");
        }
        messages.saveAndFlush(made);
        requests.saveAndFlush(request);
        return view(made);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportMessageView> messages(UUID requestId) {
        SupportRequest request = readable(requestId, false);
        return messages.findOfRequest(request.id()).stream().map(SupportRequestService::view).toList();
    }

    @Override
    public SupportRequestView resolve(UUID requestId) {
        SupportRequest request = readable(requestId, true);
        request.resolve(now());
        SupportRequestView view = saved(request);
        events.publishEvent(new SupportRequestResolved(request.tenantId(), request.id(), request.number(),
                request.clientId(), request.resolvedAt(), request.resolutionBreachedAt() != null));
        return view;
    }

    @Override
    public SupportRequestView confirm(UUID requestId) {
        SupportRequest request = readable(requestId, true);
        request.confirm(now());
        return saved(request);
    }

    @Override
    public SupportRequestView reopen(UUID requestId, String reason) {
        SupportRequest request = readable(requestId, true);
        String subject = TenantContext.acting().subject();
        SupportRequestMessage why = SupportRequestMessage.of(request.id(), subject, authorName(subject), false,
                reason, now());
        if (request.resolvedAt() == null) {
            throw new DomainException("projects.support.not-resolved");
        }
        BusinessCalendar calendar = serviceLevels.calendar();
        long left = calendar.businessMinutesBetween(request.resolvedAt(), request.resolutionDue());
        Instant due = left > 0 ? calendar.plusBusinessMinutes(why.createdAt(), left) : request.resolutionDue();
        request.reopen(due);
        messages.saveAndFlush(why);
        return saved(request);
    }

    @Override
    public int recordBreaches() {
        Instant now = now();
        int recorded = 0;
        for (SupportRequest request : requests.findBreachesDue(now)) {
            recorded += request.recordBreaches(now);
        }
        requests.flush();
        return recorded;
    }

    @Override
    @Transactional(readOnly = true)
    public SlaBreachCounts breachCounts() {
        return new SlaBreachCounts(requests.countFirstResponseBreaches(), requests.countResolutionBreaches(),
                requests.countOpenBreached());
    }

    // ---- helpers ----

    /** The request if the acting person may see it; another client's reads as not found to a client user. */
    private SupportRequest readable(UUID requestId, boolean lock) {
        SupportRequest request = (lock ? requests.findForUpdate(requestId) : requests.findById(requestId))
                .orElseThrow(() -> new DomainException("projects.support.not-found"));
        Scope scope = TenantContext.acting();
        if (scope.clientUser() && !request.clientId().equals(scope.clientId())) {
            throw new DomainException("projects.support.not-found");
        }
        if (lock) {
            // a target passed while the request waited is recorded before the action that now follows
            request.recordBreaches(now());
        }
        return request;
    }

    private SupportRequestView saved(SupportRequest request) {
        return views(List.of(requests.saveAndFlush(request))).getFirst();
    }

    private List<SupportRequestView> views(List<SupportRequest> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> documentsOf = requests.attachmentsOf(found.stream().map(SupportRequest::id).toList())
                .stream().collect(Collectors.groupingBy(SupportRequestAttachment::requestId,
                        Collectors.mapping(SupportRequestAttachment::documentId, Collectors.toList())));
        return found.stream().map(r -> view(r, documentsOf.getOrDefault(r.id(), List.of()))).toList();
    }

    private String authorName(@Nullable String subject) {
        return subject == null ? "Klien" : memberships.activeMembershipOf(subject)
                .map(MembershipView::displayName).orElse(subject);
    }

    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static SupportRequestView view(SupportRequest r, List<UUID> documentIds) {
        return new SupportRequestView(r.id(), r.number(), r.clientId(), r.projectId(), r.category(), r.priority(),
                r.description(), r.state(), r.raisedBy(), r.raisedAt(), r.assignee(), r.firstResponseDue(),
                r.firstRespondedAt(), r.firstResponseBreachedAt(), r.resolutionDue(), r.resolutionBreachedAt(),
                r.resolvedAt(), r.closedAt(), r.reopenCount(), documentIds, r.version());
    }

    private static SupportMessageView view(SupportRequestMessage m) {
        return new SupportMessageView(m.id(), m.requestId(), m.authorSubject(), m.authorName(), m.fromFirm(),
                m.body(), m.createdAt());
    }
}
