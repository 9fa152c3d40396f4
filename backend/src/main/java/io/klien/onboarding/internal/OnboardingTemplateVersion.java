package io.klien.onboarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.onboarding.TemplateVersionView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One version of a template: a draft being edited, the current one, or one a later version superseded. */
@Entity
@Table(name = "onboarding_template_version")
class OnboardingTemplateVersion extends TenantOwnedEntity {

    @Column(name = "template_id", updatable = false)
    private UUID templateId;
    @Column(updatable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    private TemplateVersionStatus status;
    private String name;
    private @Nullable String description;
    @Column(name = "service_line")
    private @Nullable String serviceLine;
    @Enumerated(EnumType.STRING)
    @Column(name = "client_kind")
    private @Nullable ClientKind clientKind;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    protected OnboardingTemplateVersion() {
        this.templateId = new UUID(0, 0);
        this.status = TemplateVersionStatus.DRAFT;
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public static OnboardingTemplateVersion draft(UUID templateId, int number, TemplateDefinition definition,
            Instant at) {
        OnboardingTemplateVersion v = new OnboardingTemplateVersion();
        v.templateId = templateId;
        v.number = number;
        v.createdAt = at;
        v.describe(definition);
        return v;
    }

    /** Takes over name, description, service line and client kind (validated by the service). */
    public void describe(TemplateDefinition definition) {
        this.name = definition.name();
        this.description = definition.description();
        this.serviceLine = definition.serviceLine();
        this.clientKind = definition.clientKind();
    }

    public void publish(Instant at) {
        this.status = TemplateVersionStatus.CURRENT;
        this.publishedAt = at;
    }

    public void supersede() {
        this.status = TemplateVersionStatus.SUPERSEDED;
    }

    public UUID templateId() {
        return templateId;
    }

    public int number() {
        return number;
    }

    public TemplateVersionStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public @Nullable String serviceLine() {
        return serviceLine;
    }

    public @Nullable ClientKind clientKind() {
        return clientKind;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public TemplateDefinition toDefinition(List<StepDefinition> steps) {
        return new TemplateDefinition(name, description, serviceLine, clientKind, steps);
    }

    public TemplateVersionView toView(long onboardingsStarted) {
        return new TemplateVersionView(id(), number, status, createdAt, publishedAt, onboardingsStarted);
    }
}
