package io.klien.onboarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateSummary;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.onboarding.TemplateVersionView;
import io.klien.onboarding.TemplateView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OnboardingTemplateService implements OnboardingTemplates {

    private static final List<TemplateVersionStatus> LIVE = List.of(TemplateVersionStatus.CURRENT,
            TemplateVersionStatus.DRAFT);

    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final OnboardingTemplateStepRepository steps;
    private final OnboardingRepository onboardings;
    private final Tenants tenants;
    private final Memberships memberships;
    private final Clock clock;

    OnboardingTemplateService(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            OnboardingTemplateStepRepository steps, OnboardingRepository onboardings, Tenants tenants,
            Memberships memberships, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.steps = steps;
        this.onboardings = onboardings;
        this.tenants = tenants;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public List<TemplateSummary> list() {
        ensureSeeded();
        List<OnboardingTemplateVersion> live = versions.findByStatusInOrderByNameAsc(LIVE);
        Map<UUID, Long> stepCounts = new HashMap<>();
        if (!live.isEmpty()) {
            steps.countByVersion(live.stream().map(OnboardingTemplateVersion::id).toList())
                    .forEach(row -> stepCounts.put((UUID) row[0], (Long) row[1]));
        }
        Map<UUID, List<OnboardingTemplateVersion>> byTemplate = new LinkedHashMap<>();
        live.forEach(v -> byTemplate.computeIfAbsent(v.templateId(), k -> new ArrayList<>()).add(v));
        return byTemplate.entrySet().stream().map(e -> {
            Optional<OnboardingTemplateVersion> current = e.getValue().stream()
                    .filter(v -> v.status() == TemplateVersionStatus.CURRENT).findFirst();
            OnboardingTemplateVersion shown = current.orElse(e.getValue().getFirst());
            return new TemplateSummary(e.getKey(), shown.name(), shown.serviceLine(), shown.clientKind(),
                    current.map(OnboardingTemplateVersion::number).orElse(null),
                    e.getValue().stream().anyMatch(v -> v.status() == TemplateVersionStatus.DRAFT),
                    stepCounts.getOrDefault(shown.id(), 0L).intValue());
        }).sorted(Comparator.comparing(TemplateSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TemplateView current(UUID templateId) {
        return view(currentVersion(templateId));
    }

    @Override
    @Transactional(readOnly = true)
    public TemplateView editable(UUID templateId) {
        template(templateId);
        return view(versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.DRAFT)
                .orElseGet(() -> currentVersion(templateId)));
    }

    @Override
    @Transactional(readOnly = true)
    public TemplateView version(UUID versionId) {
        return view(versions.findById(versionId).orElseThrow(() -> new DomainException("onboarding.template.not-found")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateVersionView> versions(UUID templateId) {
        template(templateId);
        List<OnboardingTemplateVersion> all = versions.findByTemplateIdOrderByNumberDesc(templateId);
        Map<UUID, Long> started = new HashMap<>();
        onboardings.countByVersion(all.stream().map(OnboardingTemplateVersion::id).toList())
                .forEach(row -> started.put((UUID) row[0], (Long) row[1]));
        return all.stream().map(v -> v.toView(started.getOrDefault(v.id(), 0L))).toList();
    }

    @Override
    public TemplateView create(TemplateDefinition definition) {
        TemplateDefinition clean = TemplateRules.validated(definition, this::isColleague);
        OnboardingTemplate template = templates.save(OnboardingTemplate.create(null, now()));
        OnboardingTemplateVersion draft = versions.save(OnboardingTemplateVersion.draft(template.id(), 1, clean,
                now()));
        replaceSteps(draft, clean.steps());
        templates.flush();
        return view(draft);
    }

    @Override
    public TemplateView save(UUID templateId, long expectedRevision, TemplateDefinition definition) {
        TemplateDefinition clean = TemplateRules.validated(definition, this::isColleague);
        OnboardingTemplate template = lockedTemplate(templateId, expectedRevision);
        OnboardingTemplateVersion target = versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.DRAFT)
                .orElse(null);
        if (target == null) {
            OnboardingTemplateVersion current = currentVersion(templateId);
            if (onboardings.existsByTemplateVersionId(current.id())) {
                target = versions.save(OnboardingTemplateVersion.draft(templateId, versions.lastNumber(templateId) + 1,
                        clean, now()));
            } else {
                TemplateRules.requireStartable(clean.steps());
                target = current;
            }
        }
        target.describe(clean);
        replaceSteps(target, clean.steps());
        template.touch(now());
        templates.flush();
        return view(target);
    }

    @Override
    public TemplateView publish(UUID templateId, long expectedRevision) {
        OnboardingTemplate template = lockedTemplate(templateId, expectedRevision);
        OnboardingTemplateVersion draft = draftOf(templateId);
        TemplateRules.requireStartable(stepsOf(draft));
        versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.CURRENT).ifPresent(current -> {
            current.supersede();
            versions.flush();
        });
        draft.publish(now());
        template.touch(now());
        templates.flush();
        return view(draft);
    }

    @Override
    public TemplateView discardDraft(UUID templateId, long expectedRevision) {
        OnboardingTemplate template = lockedTemplate(templateId, expectedRevision);
        OnboardingTemplateVersion draft = draftOf(templateId);
        OnboardingTemplateVersion current = versions.findByTemplateIdAndStatus(templateId,
                TemplateVersionStatus.CURRENT).orElseThrow(() -> new DomainException("onboarding.template.only-draft"));
        steps.deleteAll(steps.findByTemplateVersionIdOrderByPositionAsc(draft.id()));
        steps.flush();
        versions.delete(draft);
        template.touch(now());
        templates.flush();
        return view(current);
    }

    // ---- helpers ----

    private OnboardingTemplateVersion draftOf(UUID templateId) {
        return versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.DRAFT)
                .orElseThrow(() -> new DomainException("onboarding.template.no-draft"));
    }

    private OnboardingTemplateVersion currentVersion(UUID templateId) {
        template(templateId);
        return versions.findByTemplateIdAndStatus(templateId, TemplateVersionStatus.CURRENT)
                .orElseThrow(() -> new DomainException("onboarding.template.not-published"));
    }

    private List<StepDefinition> stepsOf(OnboardingTemplateVersion version) {
        return steps.findByTemplateVersionIdOrderByPositionAsc(version.id()).stream()
                .map(OnboardingTemplateStep::toDefinition).toList();
    }

    private void ensureSeeded() {
        if (templates.existsBySeedKeyIsNotNull()) {
            return;
        }
        Optional<TenantView> firm = tenants.find(TenantContext.requireTenantId());
        TenantKind kind = firm.map(TenantView::kind).orElse(TenantKind.OTHER);
        List<TemplateDefinition> seeds = SeedTemplates.forKind(kind, firm.map(TenantView::locale).orElse("en"));
        for (int i = 0; i < seeds.size(); i++) {
            TemplateDefinition clean = TemplateRules.validated(seeds.get(i), subject -> false);
            OnboardingTemplate template = templates.save(OnboardingTemplate.create(kind.name() + "-" + (i + 1),
                    now()));
            OnboardingTemplateVersion version = OnboardingTemplateVersion.draft(template.id(), 1, clean, now());
            version.publish(now());
            replaceSteps(versions.save(version), clean.steps());
        }
        templates.flush();
    }

    private void replaceSteps(OnboardingTemplateVersion version, List<StepDefinition> definitions) {
        steps.deleteAll(steps.findByTemplateVersionIdOrderByPositionAsc(version.id()));
        steps.flush();
        for (int i = 0; i < definitions.size(); i++) {
            steps.save(OnboardingTemplateStep.of(version.id(), i + 1, definitions.get(i)));
        }
    }

    private OnboardingTemplate template(UUID templateId) {
        return templates.findById(templateId).orElseThrow(() -> new DomainException("onboarding.template.not-found"));
    }

    private OnboardingTemplate lockedTemplate(UUID templateId, long expectedRevision) {
        OnboardingTemplate template = templates.findForUpdate(templateId)
                .orElseThrow(() -> new DomainException("onboarding.template.not-found"));
        if (template.version() != expectedRevision) {
            throw new DomainException("onboarding.template.stale");
        }
        return template;
    }

    private boolean isColleague(String subject) {
        return memberships.colleagues().stream().map(MembershipView::subject).anyMatch(subject::equals);
    }

    private TemplateView view(OnboardingTemplateVersion version) {
        OnboardingTemplate template = template(version.templateId());
        Optional<OnboardingTemplateVersion> current = versions.findByTemplateIdAndStatus(version.templateId(),
                TemplateVersionStatus.CURRENT);
        boolean hasDraft = version.status() == TemplateVersionStatus.DRAFT || versions
                .findByTemplateIdAndStatus(version.templateId(), TemplateVersionStatus.DRAFT).isPresent();
        return new TemplateView(version.templateId(), version.id(), version.number(), version.status(),
                version.toDefinition(stepsOf(version)), version.publishedAt(),
                current.map(OnboardingTemplateVersion::number).orElse(null), hasDraft, template.version());
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
