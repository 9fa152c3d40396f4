package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.onboarding.internal.Onboarding;
import io.klien.onboarding.internal.OnboardingQueries;
import io.klien.onboarding.internal.OnboardingRepository;
import io.klien.onboarding.internal.OnboardingStep;
import io.klien.onboarding.internal.OnboardingStepComment;
import io.klien.onboarding.internal.OnboardingStepCommentRepository;
import io.klien.onboarding.internal.OnboardingStepRepository;
import io.klien.onboarding.internal.OnboardingTemplateRepository;
import io.klien.onboarding.internal.OnboardingTemplateStep;
import io.klien.onboarding.internal.OnboardingTemplateStepRepository;
import io.klien.onboarding.internal.OnboardingTemplateVersion;
import io.klien.onboarding.internal.OnboardingTemplateVersionRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running onboardings: staff start one for a client from a template and follow all of them on the board; staff and
 * the client's own users read its checklist and comment on its steps (the firm's internal comments stay the firm's).
 * The work on each step is in {@link OnboardingSteps}.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public class Onboardings {

    private final OnboardingRepository onboardings;
    private final OnboardingStepRepository steps;
    private final OnboardingStepCommentRepository comments;
    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final OnboardingTemplateStepRepository templateSteps;
    private final Clients clients;
    private final StepWork work;
    private final ApplicationEventPublisher events;

    Onboardings(OnboardingRepository onboardings, OnboardingStepRepository steps,
            OnboardingStepCommentRepository comments, OnboardingTemplateRepository templates,
            OnboardingTemplateVersionRepository versions, OnboardingTemplateStepRepository templateSteps,
            Clients clients, StepWork work, ApplicationEventPublisher events) {
        this.onboardings = onboardings;
        this.steps = steps;
        this.comments = comments;
        this.templates = templates;
        this.versions = versions;
        this.templateSteps = templateSteps;
        this.clients = clients;
        this.work = work;
        this.events = events;
    }

    /**
     * Starts onboarding the client from the template's current version: the onboarding gets its own copy of the
     * steps, each due its offset in days after today (in the firm's time zone), the steps without prerequisites
     * open. The client's representative (or, without one, whoever starts it) follows it, and the client is in
     * onboarding until it completes. Without a representative the checklist warns that the client's activity goes to
     * the account team (or, without one, to whoever follows the onboarding).
     */
    @FirmRoles({TENANT_ADMIN, STAFF})
    public Checklist start(UUID clientId, UUID templateId) {
        Scope scope = TenantContext.acting();
        ClientProfile client = clients.profile(clientId);
        templates.findById(templateId).orElseThrow(() -> new DomainException("onboarding.template.not-found"));
        OnboardingTemplateVersion current = versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.CURRENT)
                .orElseThrow(() -> new DomainException("onboarding.template.not-published"));
        List<StepDefinition> definitions = templateSteps.findByTemplateVersionIdOrderByPositionAsc(current.id())
                .stream().map(OnboardingTemplateStep::toDefinition).toList();
        TemplateRules.requireStartable(definitions);
        if (onboardings.existsByClientIdAndTemplateIdAndStatus(clientId, templateId, OnboardingStatus.IN_PROGRESS)) {
            throw new DomainException("onboarding.already-running", current.name());
        }
        LocalDate startDate = work.today();
        String representative = client.representativeSubject() != null ? client.representativeSubject()
                : scope.subject();
        Onboarding onboarding = Onboarding.start(clientId, current, representative, scope.subject(), work.now(),
                startDate);
        List<OnboardingStep> copies = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            StepDefinition d = definitions.get(i);
            String assignee = d.assigneeRole() == AssigneeRole.REPRESENTATIVE ? representative : d.assigneeSubject();
            copies.add(OnboardingStep.copyOf(onboarding.id(), i + 1, d, startDate, assignee));
        }
        onboarding.refresh(copies);
        onboardings.save(onboarding);
        steps.saveAll(copies);
        onboardings.flush();
        clients.changeStatus(clientId, ClientStatus.ONBOARDING);
        events.publishEvent(new OnboardingStarted(TenantContext.requireTenantId(), onboarding.id(), clientId, templateId,
                representative));
        Checklist checklist = checklistOf(onboarding, copies, scope);
        return client.representativeSubject() != null ? checklist
                : new Checklist(checklist.onboarding(), checklist.steps(), List.of(client.accountTeam().isEmpty()
                        ? Checklist.NO_REPRESENTATIVE : Checklist.NO_REPRESENTATIVE_BUT_TEAM));
    }

    /** Stops a running onboarding, with the reason; the client's status stays as it is. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    public OnboardingSummary cancel(UUID onboardingId, String reason) {
        String clean = TemplateRules.TEXT.required(reason, "onboarding.cancel.reason-required", 500);
        Onboarding onboarding = onboardings.findForUpdate(onboardingId)
                .orElseThrow(() -> new DomainException("onboarding.not-found"));
        if (onboarding.status() != OnboardingStatus.IN_PROGRESS) {
            throw new DomainException("onboarding.closed");
        }
        onboarding.cancel(work.now(), clean);
        onboardings.flush();
        return onboarding.toSummary(work.clientName(onboarding.clientId()), work.today());
    }

    // ---- reading ----

    /** The onboarding with its steps in order, their state, owners, due dates and progress. */
    @Transactional(readOnly = true)
    public Checklist checklist(UUID onboardingId) {
        Scope scope = TenantContext.acting();
        Onboarding onboarding = visible(scope, onboardingId);
        return checklistOf(onboarding, steps.findByOnboardingIdOrderByPositionAsc(onboardingId), scope);
    }

    /** One step of an onboarding, as the checklist shows it. */
    @Transactional(readOnly = true)
    public StepView step(UUID stepId) {
        Scope scope = TenantContext.acting();
        OnboardingStep step = steps.findById(stepId).orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        visible(scope, step.onboardingId());
        boolean clientUser = StepWork.clientUser(scope);
        return step.toView(work.today(), comments.countVisible(step, clientUser), clientUser);
    }

    /** The client's onboardings, newest first: for staff, or for the client's own users. */
    @Transactional(readOnly = true)
    public List<OnboardingSummary> forClient(UUID clientId) {
        Scope scope = TenantContext.acting();
        ClientAccess.requireOwnClient(scope, clientId, "A client user sees only their own client's onboardings");
        List<Onboarding> found = onboardings.findByClientIdOrderByStartedAtDesc(clientId);
        if (found.isEmpty()) {
            return List.of();
        }
        String name = work.clientName(clientId);
        LocalDate today = work.today();
        return found.stream().map(o -> o.toSummary(name, today)).toList();
    }

    /**
     * The firm's onboardings, filtered, paged and sorted by the database (by default newest first; sort by
     * {@code startedAt}, {@code nextDueDate}, {@code status}, {@code templateName}, {@code completedAt}). A page
     * takes a constant number of queries, however many onboardings it shows.
     */
    @Transactional(readOnly = true)
    @FirmRoles({TENANT_ADMIN, STAFF})
    public Page<OnboardingSummary> board(OnboardingFilter filter, Pageable pageable) {
        LocalDate today = work.today();
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("id")));
        Page<Onboarding> page = onboardings.findAll(OnboardingQueries.matching(filter.representativeSubject(),
                filter.templateId(), filter.status(), filter.overdueOnly() ? today : null), sorted);
        Map<UUID, String> names = clients.names(page.getContent().stream().map(Onboarding::clientId).distinct().toList());
        return page.map(o -> o.toSummary(names.getOrDefault(o.clientId(), ""), today));
    }

    /** A scheduled kickoff meeting as an RFC 5545 invitation (.ics text), to mail to its attendees. */
    @Transactional(readOnly = true)
    public String kickoffInvitation(UUID stepId) {
        Scope scope = TenantContext.acting();
        OnboardingStep step = steps.findById(stepId).orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        Onboarding onboarding = visible(scope, step.onboardingId());
        KickoffView kickoff = step.outcome(KickoffView.class);
        if (kickoff == null) {
            throw new DomainException("onboarding.kickoff.not-scheduled");
        }
        String client = work.clientName(onboarding.clientId());
        String where = kickoff.place() != null ? kickoff.place() : kickoff.videoLink();
        String description = kickoff.videoLink() == null ? step.title() : step.title() + "\n" + kickoff.videoLink();
        return new CalendarEvent(step.id() + "@klien", kickoff.scheduledAt(), kickoff.startsAt(), kickoff.endsAt(),
                step.title() + (client.isEmpty() ? "" : ": " + client), description, where, kickoff.videoLink(),
                kickoff.organizerEmail(), kickoff.organizerName(), kickoff.attendees(), kickoff.sequence()).toIcs();
    }

    // ---- comments ----

    /**
     * Comments on a step, shared with the client where the step's side allows it: as
     * {@link #comment(UUID, UUID, String, boolean)} with {@code internal} false.
     */
    public CommentView comment(UUID stepId, @Nullable UUID parentId, String text) {
        return comment(stepId, parentId, text, false);
    }

    /**
     * Comments on a step; {@code parentId} answers an earlier comment on the same step. Staff choose whether a comment
     * on a client step is internal or shared with the client; on the firm's own steps (conflict check, KYC, tasks)
     * every comment is internal, and so is every answer to an internal comment. Client users comment only on their own
     * client's steps of the client side, always shared, and answer only comments they can read.
     */
    public CommentView comment(UUID stepId, @Nullable UUID parentId, String text, boolean internal) {
        Scope scope = TenantContext.acting();
        String clean = TemplateRules.TEXT.required(text, "onboarding.comment.text.required", 4000);
        OnboardingStep step = steps.findById(stepId).orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        visible(scope, step.onboardingId());
        boolean clientUser = StepWork.clientUser(scope);
        if (clientUser && step.ownerSide() != StepSide.CLIENT) {
            throw new AccessDeniedException("A client user comments only on the client's own steps");
        }
        OnboardingStepComment parent = parentId == null ? null : comments.findById(parentId)
                .filter(c -> c.stepId().equals(stepId) && !(clientUser && c.internal()))
                .orElseThrow(() -> new DomainException("onboarding.comment.parent.not-found"));
        boolean keptInternal = !clientUser
                && (internal || step.ownerSide() == StepSide.FIRM || (parent != null && parent.internal()));
        StepSide side = clientUser ? StepSide.CLIENT : StepSide.FIRM;
        String author = Objects.requireNonNullElse(scope.subject(), "system");
        OnboardingStepComment comment = comments.saveAndFlush(OnboardingStepComment.of(step.onboardingId(), stepId,
                parentId, author, side, clean, keptInternal, work.now()));
        events.publishEvent(new StepCommented(TenantContext.requireTenantId(), step.onboardingId(), stepId,
                comment.id(), parentId, author, side, keptInternal));
        return comment.toView();
    }

    /**
     * The comments on a step, oldest first: staff read all of them; client users read the shared comments on their
     * own client's steps of the client side and are refused the firm's steps.
     */
    @Transactional(readOnly = true)
    public List<CommentView> comments(UUID stepId) {
        Scope scope = TenantContext.acting();
        OnboardingStep step = steps.findById(stepId).orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        visible(scope, step.onboardingId());
        if (!StepWork.clientUser(scope)) {
            return comments.findByStepIdOrderByCreatedAtAsc(stepId).stream().map(OnboardingStepComment::toView).toList();
        }
        if (step.ownerSide() != StepSide.CLIENT) {
            throw new AccessDeniedException("A client user reads comments only on the client's own steps");
        }
        return comments.findByStepIdAndInternalFalseOrderByCreatedAtAsc(stepId).stream()
                .map(OnboardingStepComment::toView).toList();
    }

    // ---- helpers ----

    private Onboarding visible(Scope scope, UUID onboardingId) {
        Onboarding onboarding = onboardings.findById(onboardingId)
                .orElseThrow(() -> new DomainException("onboarding.not-found"));
        StepWork.requireVisible(scope, onboarding);
        return onboarding;
    }

    private Checklist checklistOf(Onboarding onboarding, List<OnboardingStep> all, Scope scope) {
        LocalDate today = work.today();
        boolean clientUser = StepWork.clientUser(scope);
        Map<UUID, Long> counts = new HashMap<>();
        (clientUser ? comments.countSharedByStep(onboarding.id()) : comments.countByStep(onboarding.id()))
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return new Checklist(onboarding.toSummary(work.clientName(onboarding.clientId()), today), all.stream()
                .map(s -> s.toView(today, clientUser && s.ownerSide() != StepSide.CLIENT ? 0L
                        : counts.getOrDefault(s.id(), 0L), clientUser)).toList());
    }
}
