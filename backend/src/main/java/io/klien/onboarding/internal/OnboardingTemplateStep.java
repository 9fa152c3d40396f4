package io.klien.onboarding.internal;

import java.util.UUID;

import io.klien.onboarding.StepDefinition;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A step of a template version, in its place; prerequisites name other steps of the same version by key. */
@Entity
@Table(name = "onboarding_template_step")
class OnboardingTemplateStep extends TenantOwnedEntity {

    @Column(name = "template_version_id", updatable = false)
    private UUID templateVersionId;
    @Column(updatable = false)
    private int position;
    @Column(name = "due_offset_days", updatable = false)
    private int dueOffsetDays;
    @Embedded
    private StepSpec spec;

    protected OnboardingTemplateStep() {
        this.templateVersionId = new UUID(0, 0);
        this.spec = new StepSpec();
    }

    /** A step from its definition (validated by the service). */
    public static OnboardingTemplateStep of(UUID templateVersionId, int position, StepDefinition d) {
        OnboardingTemplateStep s = new OnboardingTemplateStep();
        s.templateVersionId = templateVersionId;
        s.position = position;
        s.dueOffsetDays = d.dueOffsetDays();
        s.spec = StepSpec.of(d, d.assigneeSubject());
        return s;
    }

    public UUID templateVersionId() {
        return templateVersionId;
    }

    public StepDefinition toDefinition() {
        return spec.toDefinition(dueOffsetDays);
    }
}
