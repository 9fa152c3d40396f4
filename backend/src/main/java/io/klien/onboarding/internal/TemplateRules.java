package io.klien.onboarding.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.FormField;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import org.jspecify.annotations.Nullable;

/** The rules a template must follow before it is saved, and before onboardings may start from it. */
final class TemplateRules {

    static final TextInput TEXT = new TextInput("onboarding.text.too-long");
    private static final TextInput NAME = TextInput.forField("name", "onboarding.text.too-long");

    static final int MAX_STEPS = 50;
    static final int MAX_FIELDS = 100;
    static final int MAX_OPTIONS = 100;
    static final int MAX_OFFSET_DAYS = 365;
    static final int MAX_TEXT_LENGTH = 10_000;
    static final int MAX_FILE_SIZE_MB = DocumentRequirements.MAX_SIZE_MB;
    static final int MAX_FILES = 50;

    private static final Pattern STEP_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern FIELD_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern FILE_TYPE = Pattern.compile("[a-z0-9]{1,10}");

    private TemplateRules() {
    }

    /**
     * The definition trimmed and checked: names and lengths, unique step keys, prerequisites that exist and form no
     * cycle, assignees that fit the side ({@code isColleague} tells whether a named person works at the firm), and
     * the settings each step type needs.
     */
    static TemplateDefinition validated(TemplateDefinition d, Predicate<String> isColleague) {
        String name = NAME.required(d.name(), "onboarding.template.name.required", 200);
        if (d.steps().size() > MAX_STEPS) {
            throw new DomainException("onboarding.template.steps.too-many", MAX_STEPS);
        }
        List<StepDefinition> steps = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.steps().size(); i++) {
            StepDefinition step;
            try {
                step = validated(d.steps().get(i), i + 1, isColleague);
            } catch (DomainException e) {
                throw e.field().isPresent() ? e : atStep(i, e.messageKey(), e.arguments());
            }
            if (!keys.add(step.key())) {
                throw atStep(i, "onboarding.template.step.key.duplicate", step.key());
            }
            steps.add(step);
        }
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            for (String prerequisite : step.prerequisites()) {
                if (!keys.contains(prerequisite) || prerequisite.equals(step.key())) {
                    throw atStep(i, "onboarding.template.step.prerequisite.unknown", step.title(), prerequisite);
                }
            }
        }
        rejectCycles(steps);
        return new TemplateDefinition(name, TEXT.optional(d.description(), 2000), TEXT.optional(d.serviceLine(), 200),
                d.clientKind(), steps);
    }

    /**
     * A broken rule of one step, naming it as the input {@code steps[i]} (its place in the definition's list), so the
     * editor marks that step without reading the message.
     */
    static DomainException atStep(int index, String messageKey, Object... arguments) {
        return DomainException.onField("steps[" + index + "]", messageKey, arguments);
    }

    /** Onboardings start only from a template with at least one required step. */
    static void requireStartable(List<StepDefinition> steps) {
        if (steps.stream().noneMatch(StepDefinition::required)) {
            throw new DomainException("onboarding.template.no-required-step");
        }
    }

    private static StepDefinition validated(StepDefinition s, int position, Predicate<String> isColleague) {
        String title = TEXT.required(s.title(), "onboarding.template.step.title.required", 200);
        String key = key(s.key(), "step-" + position);
        if (!STEP_KEY.matcher(key).matches()) {
            throw new DomainException("onboarding.template.step.key.invalid", key);
        }
        if (s.type() == null || s.ownerSide() == null) {
            throw new DomainException("onboarding.template.step.type-side.required", title);
        }
        boolean eitherSide = s.type() == StepType.INTAKE_FORM || s.type() == StepType.DOCUMENT_REQUEST;
        if (!eitherSide && s.ownerSide() != StepSide.FIRM) {
            throw new DomainException("onboarding.template.step.firm-only", title);
        }
        if (s.dueOffsetDays() < 0 || s.dueOffsetDays() > MAX_OFFSET_DAYS) {
            throw new DomainException("onboarding.template.step.offset.invalid", title, MAX_OFFSET_DAYS);
        }
        String subject = TEXT.optional(s.assigneeSubject(), 255);
        AssigneeRole role = s.assigneeRole();
        boolean clientSide = s.ownerSide() == StepSide.CLIENT;
        if (role != null && subject != null || clientSide && (subject != null || role != null && role != AssigneeRole.CLIENT)
                || !clientSide && role == AssigneeRole.CLIENT) {
            throw new DomainException("onboarding.template.step.assignee.invalid", title);
        }
        if (subject != null && !isColleague.test(subject)) {
            throw new DomainException("onboarding.template.step.assignee.unknown", title);
        }
        List<String> prerequisites = s.prerequisites().stream().map(p -> key(p, "")).distinct().toList();
        List<FormField> fields = fields(s, title);
        DocumentRequirements documents = documents(s, title);
        return new StepDefinition(key, title, TEXT.optional(s.instructions(), 4000), s.type(), s.ownerSide(),
                clientSide ? AssigneeRole.CLIENT : role, subject, s.dueOffsetDays(), s.required(), prerequisites, fields,
                documents);
    }

    private static List<FormField> fields(StepDefinition s, String title) {
        if (s.type() != StepType.INTAKE_FORM) {
            if (!s.fields().isEmpty()) {
                throw new DomainException("onboarding.template.step.fields.not-allowed", title);
            }
            return List.of();
        }
        if (s.fields().isEmpty() || s.fields().size() > MAX_FIELDS) {
            throw new DomainException("onboarding.template.step.fields.required", title, MAX_FIELDS);
        }
        List<FormField> clean = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (FormField f : s.fields()) {
            String label = TEXT.required(f.label(), "onboarding.template.field.label.required", 200);
            String key = key(f.key(), "");
            if (!FIELD_KEY.matcher(key).matches()) {
                throw new DomainException("onboarding.template.field.key.invalid", title, label);
            }
            if (!keys.add(key)) {
                throw new DomainException("onboarding.template.field.key.duplicate", title, key);
            }
            if (f.type() == null) {
                throw new DomainException("onboarding.template.field.type.required", title, label);
            }
            List<String> options = options(f, title, label);
            Integer maxLength = f.maxLength();
            BigDecimal min = f.min();
            BigDecimal max = f.max();
            if (maxLength != null && (!f.type().text() || maxLength < 1 || maxLength > MAX_TEXT_LENGTH)
                    || (min != null || max != null) && !f.type().numeric()
                    || min != null && max != null && min.compareTo(max) > 0) {
                throw new DomainException("onboarding.template.field.limits.invalid", title, label);
            }
            clean.add(new FormField(key, label, f.type(), f.required(), options, maxLength, min, max));
        }
        return clean;
    }

    private static List<String> options(FormField f, String title, String label) {
        List<String> options = new ArrayList<>();
        for (String o : f.options()) {
            String option = TEXT.optional(o, 200);
            if (option != null && options.stream().noneMatch(option::equalsIgnoreCase)) {
                options.add(option);
            }
        }
        if (f.type().choice() && (options.isEmpty() || options.size() > MAX_OPTIONS)) {
            throw new DomainException("onboarding.template.field.options.required", title, label);
        }
        if (!f.type().choice() && !options.isEmpty()) {
            throw new DomainException("onboarding.template.field.options.not-allowed", title, label);
        }
        return options;
    }

    private static @Nullable DocumentRequirements documents(StepDefinition s, String title) {
        DocumentRequirements d = s.documents();
        if (s.type() != StepType.DOCUMENT_REQUEST) {
            if (d != null) {
                throw new DomainException("onboarding.template.step.documents.not-allowed", title);
            }
            return null;
        }
        if (d == null) {
            throw new DomainException("onboarding.template.step.documents.required", title);
        }
        String what = TEXT.required(d.what(), "onboarding.template.step.documents.what-required", 500);
        List<String> types = d.acceptedTypes().stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).distinct().toList();
        if (types.stream().anyMatch(t -> !FILE_TYPE.matcher(t).matches()) || d.maxSizeMb() < 1
                || d.maxSizeMb() > MAX_FILE_SIZE_MB || d.maxFiles() < 1 || d.maxFiles() > MAX_FILES) {
            throw new DomainException("onboarding.template.step.documents.invalid", title, MAX_FILE_SIZE_MB, MAX_FILES);
        }
        return new DocumentRequirements(what, types, d.maxSizeMb(), d.maxFiles());
    }

    /** Depth-first search over prerequisites; meeting a step again on the current path is a cycle. */
    private static void rejectCycles(List<StepDefinition> steps) {
        Map<String, StepDefinition> byKey = new HashMap<>();
        steps.forEach(s -> byKey.put(s.key(), s));
        Set<String> done = new HashSet<>();
        for (StepDefinition s : steps) {
            visit(s, steps, byKey, new HashSet<>(), done);
        }
    }

    private static void visit(StepDefinition step, List<StepDefinition> steps, Map<String, StepDefinition> byKey,
            Set<String> path, Set<String> done) {
        if (done.contains(step.key())) {
            return;
        }
        if (!path.add(step.key())) {
            throw atStep(steps.indexOf(step), "onboarding.template.step.prerequisite.cycle", step.title());
        }
        for (String p : step.prerequisites()) {
            visit(byKey.get(p), steps, byKey, path, done);
        }
        path.remove(step.key());
        done.add(step.key());
    }

    private static String key(@Nullable String raw, String fallback) {
        return raw == null || raw.isBlank() ? fallback : raw.strip().toLowerCase(Locale.ROOT);
    }
}
