package io.klien.onboarding.internal;

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
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.CalendarEvent;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.CommentView;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.OnboardingFilter;
import io.klien.onboarding.OnboardingStarted;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepCommented;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepView;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.shared.DomainException;
import io.klien.shared.permission.ClientAccess;
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

@Service
@Transactional
class OnboardingService implements Onboardings {

    private final OnboardingRepository onboardings;
    private final OnboardingStepRepository steps;
    private final OnboardingStepCommentRepository comments;
    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final OnboardingTemplateStepRepository templateSteps;
    private final Clients clients;
    private final StepWork work;
    private final ApplicationEventPublisher events;

    OnboardingService(OnboardingRepository onboardings, OnboardingStepRepository steps,
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

    @Override
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

    @Override
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

    @Override
    @Transactional(readOnly = true)
    public Checklist checklist(UUID onboardingId) {
        Scope scope = TenantContext.acting();
        Onboarding onboarding = visible(scope, onboardingId);
        return checklistOf(onboarding, steps.findByOnboardingIdOrderByPositionAsc(onboardingId), scope);
    }

    @Override
    @Transactional(readOnly = true)
    public StepView step(UUID stepId) {
        Scope scope = TenantContext.acting();
        OnboardingStep step = steps.findById(stepId).orElseThrow(() -> new DomainException("onboarding.step.not-found"));
        visible(scope, step.onboardingId());
        boolean clientUser = StepWork.clientUser(scope);
        return step.toView(work.today(), comments.countVisible(step, clientUser), clientUser);
    }

    @Override
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

    @Override
    @Transactional(readOnly = true)
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

    @Override
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

    @Override
    public CommentView comment(UUID stepId, @Nullable UUID parentId, String text) {
        return comment(stepId, parentId, text, false);
    }

    @Override
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

    @Override
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

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<CommentView>> latestComments(UUID onboardingId, int perStep) {
        if (perStep < 1 || perStep > 200) {
            throw new IllegalArgumentException("perStep must be between 1 and 200");
        }
        Scope scope = TenantContext.acting();
        visible(scope, onboardingId);
        boolean clientUser = StepWork.clientUser(scope);
        Map<UUID, List<CommentView>> latest = new HashMap<>();
        List<OnboardingStepComment> rows = clientUser ? comments.latestSharedOnClientSteps(onboardingId, perStep)
                : comments.latestPerStep(onboardingId, perStep);
        rows.forEach(c -> latest.computeIfAbsent(c.stepId(), id -> new ArrayList<>()).add(c.toView()));
        return latest;
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
