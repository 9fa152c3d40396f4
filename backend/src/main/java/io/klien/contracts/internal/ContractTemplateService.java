package io.klien.contracts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.contracts.ContractMarkup;
import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.TermsRules;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractTemplateService implements ContractTemplates {

    private static final int NAME_MAX = 200;

    private final ContractTemplateRepository templates;
    private final ContractTemplateVersionRepository versions;
    private final Tenants tenants;
    private final EntityManager entityManager;
    private final Clock clock;

    ContractTemplateService(ContractTemplateRepository templates, ContractTemplateVersionRepository versions,
            Tenants tenants, EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.templates = templates;
        this.versions = versions;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public List<ContractTemplateView> list() {
        ensureSeeded();
        return templates.findAll().stream().map(t -> latest(t.id()).toView(t.version()))
                .sorted(Comparator.comparing((ContractTemplateView v) -> v.definition().name(),
                        String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ContractTemplateView current(UUID templateId) {
        return latest(template(templateId).id()).toView(template(templateId).version());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractTemplateView> versions(UUID templateId) {
        long revision = template(templateId).version();
        return versions.findByTemplateIdOrderByNumberDesc(templateId).stream().map(v -> v.toView(revision)).toList();
    }

    @Override
    public ContractTemplateView create(ContractTemplateDefinition definition) {
        ContractTemplateDefinition clean = validated(definition);
        ContractTemplate template = templates.save(ContractTemplate.create(null, now()));
        ContractTemplateVersion first = versions.save(ContractTemplateVersion.of(template.id(), 1, clean,
                TenantContext.subject().orElse(null), now()));
        templates.flush();
        return first.toView(template.version());
    }

    @Override
    public ContractTemplateView save(UUID templateId, long expectedRevision, ContractTemplateDefinition definition) {
        ContractTemplateDefinition clean = validated(definition);
        ContractTemplate template = templates.findForUpdate(templateId)
                .orElseThrow(() -> new DomainException("contracts.template.not-found"));
        if (template.version() != expectedRevision) {
            throw new DomainException("contracts.template.stale");
        }
        ContractTemplateVersion next = versions.save(ContractTemplateVersion.of(templateId,
                latest(templateId).number() + 1, clean, TenantContext.subject().orElse(null), now()));
        template.touch(now());
        templates.flush();
        return next.toView(template.version());
    }

    @Override
    @Transactional(readOnly = true)
    public ContractTemplateView version(UUID versionId) {
        ContractTemplateVersion v = versions.findById(versionId)
                .orElseThrow(() -> new DomainException("contracts.template.not-found"));
        return v.toView(template(v.templateId()).version());
    }

    /** The name, body and terms checked; a template with raw HTML or an unknown merge field is refused by field. */
    static ContractTemplateDefinition validated(ContractTemplateDefinition d) {
        if (d == null || d.name() == null || d.name().isBlank()) {
            throw DomainException.onField("name", "contracts.template.name-required");
        }
        if (d.name().strip().length() > NAME_MAX) {
            throw DomainException.onField("name", "contracts.template.name-too-long", NAME_MAX);
        }
        String serviceLine = d.serviceLine() == null || d.serviceLine().isBlank() ? null : d.serviceLine().strip();
        return new ContractTemplateDefinition(d.name().strip(), serviceLine, ContractMarkup.validated(d.body()),
                TermsRules.validated(d.terms()));
    }

    @Override
    public void seedStartingTemplate() {
        ensureSeeded();
    }

    private void ensureSeeded() {
        if (templates.existsBySeedKeyIsNotNull()) {
            return;
        }
        // the new-firm listener and a first list() may race: one seeds, the other then finds it seeded
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(cast(?1 as text)))")
                .setParameter(1, "contract-seed:" + TenantContext.requireTenantId()).getSingleResult();
        if (templates.existsBySeedKeyIsNotNull()) {
            return;
        }
        Optional<TenantView> firm = tenants.find(TenantContext.requireTenantId());
        TenantKind kind = firm.map(TenantView::kind).orElse(TenantKind.OTHER);
        ContractTemplateDefinition seed = validated(SeedContractTemplates.forKind(kind,
                firm.map(TenantView::locale).orElse("en"), firm.map(this::today).orElse(LocalDate.now(clock))));
        ContractTemplate template = templates.save(ContractTemplate.create("contract-" + kind.name(), now()));
        versions.save(ContractTemplateVersion.of(template.id(), 1, seed, null, now()));
        templates.flush();
    }

    private LocalDate today(TenantView firm) {
        return LocalDate.now(clock.withZone(ZoneId.of(firm.timeZone())));
    }

    private ContractTemplate template(UUID templateId) {
        return templates.findById(templateId).orElseThrow(() -> new DomainException("contracts.template.not-found"));
    }

    private ContractTemplateVersion latest(UUID templateId) {
        return versions.findFirstByTemplateIdOrderByNumberDesc(templateId)
                .orElseThrow(() -> new DomainException("contracts.template.not-found"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
