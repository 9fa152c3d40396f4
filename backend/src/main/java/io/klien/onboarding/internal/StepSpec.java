package io.klien.onboarding.internal;

import java.util.ArrayList;
import java.util.List;

import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What a step is, as a template defines it and an onboarding copies it: key, title, instructions, side, assignee,
 * whether it is required, its type with its settings, and the keys of its prerequisites. Never changed once stored.
 */
@Embeddable
class StepSpec {

    @Column(name = "step_key", updatable = false)
    private String key;
    @Column(updatable = false)
    private String title;
    @Column(updatable = false)
    private @Nullable String instructions;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", updatable = false)
    private StepSide ownerSide;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_role", updatable = false)
    private @Nullable AssigneeRole assigneeRole;
    @Column(name = "assignee_subject", updatable = false)
    private @Nullable String assigneeSubject;
    @Column(updatable = false)
    private boolean required;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private StepType type;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private StepConfig config;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(updatable = false)
    private List<String> prerequisites;

    protected StepSpec() {
        this.key = "";
        this.title = "";
        this.ownerSide = StepSide.FIRM;
        this.type = StepType.INTERNAL_TASK;
        this.config = new StepConfig(List.of(), null);
        this.prerequisites = new ArrayList<>();
    }

    /** The step of a definition (validated by the service), assigned to the given person, if any. */
    static StepSpec of(StepDefinition d, @Nullable String assigneeSubject) {
        StepSpec s = new StepSpec();
        s.key = d.key();
        s.title = d.title();
        s.instructions = d.instructions();
        s.ownerSide = d.ownerSide();
        s.assigneeRole = d.assigneeRole();
        s.assigneeSubject = assigneeSubject;
        s.required = d.required();
        s.type = d.type();
        s.config = new StepConfig(d.fields(), d.documents());
        s.prerequisites = new ArrayList<>(d.prerequisites());
        return s;
    }

    StepDefinition toDefinition(int dueOffsetDays) {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, required, List.copyOf(prerequisites), config.fields(), config.documents());
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    @Nullable String instructions() {
        return instructions;
    }

    StepSide ownerSide() {
        return ownerSide;
    }

    @Nullable AssigneeRole assigneeRole() {
        return assigneeRole;
    }

    @Nullable String assigneeSubject() {
        return assigneeSubject;
    }

    boolean required() {
        return required;
    }

    StepType type() {
        return type;
    }

    StepConfig config() {
        return config;
    }

    List<String> prerequisites() {
        return List.copyOf(prerequisites);
    }
}
