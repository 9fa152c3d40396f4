package io.klien.onboarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A step of a template version, in its place; prerequisites name other steps of the same version by key. */
@Entity
@Table(name = "onboarding_template_step")
public class OnboardingTemplateStep extends TenantOwnedEntity {

    @Column(name = "template_version_id", updatable = false)
    private UUID templateVersionId;
    private int position;
    @Column(name = "step_key")
    private String stepKey;
    private String title;
    private @Nullable String instructions;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side")
    private StepSide ownerSide;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_role")
    private @Nullable AssigneeRole assigneeRole;
    @Column(name = "assignee_subject")
    private @Nullable String assigneeSubject;
    @Column(name = "due_offset_days")
    private int dueOffsetDays;
    private boolean required;
    @Enumerated(EnumType.STRING)
    private StepType type;
    @JdbcTypeCode(SqlTypes.JSON)
    private StepConfig config;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> prerequisites;

    protected OnboardingTemplateStep() {
        this.templateVersionId = new UUID(0, 0);
        this.stepKey = "";
        this.title = "";
        this.ownerSide = StepSide.FIRM;
        this.type = StepType.INTERNAL_TASK;
        this.config = new StepConfig(List.of(), null);
        this.prerequisites = new ArrayList<>();
    }

    /** A step from its definition (validated by the service). */
    public static OnboardingTemplateStep of(UUID templateVersionId, int position, StepDefinition d) {
        OnboardingTemplateStep s = new OnboardingTemplateStep();
        s.templateVersionId = templateVersionId;
        s.position = position;
        s.stepKey = d.key();
        s.title = d.title();
        s.instructions = d.instructions();
        s.ownerSide = d.ownerSide();
        s.assigneeRole = d.assigneeRole();
        s.assigneeSubject = d.assigneeSubject();
        s.dueOffsetDays = d.dueOffsetDays();
        s.required = d.required();
        s.type = d.type();
        s.config = new StepConfig(d.fields(), d.documents());
        s.prerequisites = new ArrayList<>(d.prerequisites());
        return s;
    }

    public UUID templateVersionId() {
        return templateVersionId;
    }

    public boolean required() {
        return required;
    }

    public StepDefinition toDefinition() {
        return new StepDefinition(stepKey, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, required, List.copyOf(prerequisites), config.fields(), config.documents());
    }
}
