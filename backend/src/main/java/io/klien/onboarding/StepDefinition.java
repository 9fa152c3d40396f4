package io.klien.onboarding;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a template as a tenant admin defines it. {@code key} names the step inside its template (letters,
 * digits and dashes) so that {@code prerequisites} can list the steps that must be done first. Intake forms carry
 * {@code fields}; document requests carry {@code documents}.
 */
public record StepDefinition(String key, String title, @Nullable String instructions, StepType type, StepSide ownerSide,
        @Nullable AssigneeRole assigneeRole, @Nullable String assigneeSubject, int dueOffsetDays, boolean required,
        List<String> prerequisites, List<FormField> fields, @Nullable DocumentRequirements documents) {

    public StepDefinition {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A required step due on the day the onboarding starts, with no prerequisites; refine it with the withers. */
    public static StepDefinition of(String key, String title, StepType type, StepSide ownerSide) {
        return new StepDefinition(key, title, null, type, ownerSide, null, null, 0, true, List.of(), List.of(), null);
    }

    public StepDefinition instructions(@Nullable String text) {
        return new StepDefinition(key, title, text, type, ownerSide, assigneeRole, assigneeSubject, dueOffsetDays,
                required, prerequisites, fields, documents);
    }

    public StepDefinition assignedTo(@Nullable AssigneeRole role, @Nullable String subject) {
        return new StepDefinition(key, title, instructions, type, ownerSide, role, subject, dueOffsetDays, required,
                prerequisites, fields, documents);
    }

    public StepDefinition dueAfterDays(int days) {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject, days,
                required, prerequisites, fields, documents);
    }

    public StepDefinition optional() {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, false, prerequisites, fields, documents);
    }

    public StepDefinition after(String... stepKeys) {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, required, List.of(stepKeys), fields, documents);
    }

    public StepDefinition withFields(FormField... formFields) {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, required, prerequisites, List.of(formFields), documents);
    }

    public StepDefinition withDocuments(DocumentRequirements requirements) {
        return new StepDefinition(key, title, instructions, type, ownerSide, assigneeRole, assigneeSubject,
                dueOffsetDays, required, prerequisites, fields, requirements);
    }
}
