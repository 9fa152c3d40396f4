package io.klien.ui.admin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one step of a template: what it is, who does it and when, which steps come first, and the form
 * fields or documents it asks for. The change stays in the editor until the admin saves the draft, where the
 * template's own rules have the last word; here only what the step alone shows is checked.
 */
class StepDialog extends Dialog {

    private static final Pattern STEP_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<StepType> EITHER_SIDE = EnumSet.of(StepType.INTAKE_FORM, StepType.DOCUMENT_REQUEST);
    private static final int MAX_OFFSET_DAYS = 365;

    /** Who a step goes to: a role, a named colleague, or (neither) anyone at the firm. */
    record Assignee(@Nullable AssigneeRole role, @Nullable String subject) {
    }

    private final List<StepDefinition> others;
    private final Map<String, String> people;
    private final Consumer<StepDefinition> applied;

    private final TextField title = new TextField();
    private final TextField key = new TextField();
    private final TextArea instructions = new TextArea();
    private final Select<StepType> type = new Select<>();
    private final Select<StepSide> side = new Select<>();
    private final Select<Assignee> assignee = new Select<>();
    private final IntegerField dueOffset = new IntegerField();
    private final Checkbox required = new Checkbox();
    private final MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>();
    private final Paragraph typeHelp = new Paragraph();
    private final FormFieldsEditor fields;
    private final VerticalLayout documents = new VerticalLayout();
    private final TextArea documentsWhat = new TextArea();
    private final TextField documentTypes = new TextField();
    private final IntegerField maxSize = new IntegerField();
    private final IntegerField maxFiles = new IntegerField();
    private boolean keyEdited;

    /**
     * @param editing the step to edit, or null for a new one
     * @param others the template's other steps in order, for unique keys and prerequisites
     * @param people the firm's staff, names by subject
     */
    StepDialog(@Nullable StepDefinition editing, List<StepDefinition> others, Map<String, String> people,
            Consumer<StepDefinition> applied) {
        this.others = others;
        this.people = people;
        this.applied = applied;
        setId("step-dialog");
        setHeaderTitle(editing == null ? getTranslation("onboarding-templates.step.new")
                : getTranslation("onboarding-templates.step.edit", editing.title()));
        setWidth("min(900px, 95vw)");

        title.setLabel(getTranslation("onboarding-templates.step.title"));
        title.setId("step-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        key.setLabel(getTranslation("onboarding-templates.step.key"));
        key.setId("step-key");
        key.setMaxLength(GeneratedKey.MAX_LENGTH);
        key.setHelperText(getTranslation("onboarding-templates.step.key.help"));
        instructions.setLabel(getTranslation("onboarding-templates.step.instructions"));
        instructions.setId("step-instructions");
        instructions.setMaxLength(4000);
        type.setLabel(getTranslation("onboarding-templates.step.type"));
        type.setId("step-type");
        type.setItems(StepType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("onboarding-templates.step-type." + t.name()));
        side.setLabel(getTranslation("onboarding-templates.step.side"));
        side.setId("step-side");
        side.setItems(StepSide.values());
        side.setItemLabelGenerator(s -> s == null ? "" : getTranslation("onboarding-templates.side." + s.name()));
        assignee.setLabel(getTranslation("onboarding-templates.step.assignee"));
        assignee.setId("step-assignee");
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setEmptySelectionCaption(getTranslation("onboarding-templates.step.assignee.none"));
        dueOffset.setLabel(getTranslation("onboarding-templates.step.due-offset"));
        dueOffset.setId("step-due-offset");
        dueOffset.setHelperText(getTranslation("onboarding-templates.step.due-offset.help"));
        dueOffset.setMin(0);
        dueOffset.setMax(MAX_OFFSET_DAYS);
        dueOffset.setStepButtonsVisible(true);
        required.setLabel(getTranslation("onboarding-templates.step.required"));
        required.setId("step-required");
        prerequisites.setLabel(getTranslation("onboarding-templates.step.prerequisites"));
        prerequisites.setId("step-prerequisites");
        prerequisites.setHelperText(getTranslation("onboarding-templates.step.prerequisites.help"));
        Map<String, String> choices = prerequisiteChoices(editing);
        prerequisites.setItems(List.copyOf(choices.keySet()));
        prerequisites.setItemLabelGenerator(k -> choices.getOrDefault(k, k));
        typeHelp.setId("step-type-help");
        typeHelp.addClassName("klien-muted");

        documentsWhat.setLabel(getTranslation("onboarding-templates.documents.what"));
        documentsWhat.setId("step-doc-what");
        documentsWhat.setMaxLength(500);
        documentTypes.setLabel(getTranslation("onboarding-templates.documents.types"));
        documentTypes.setId("step-doc-types");
        documentTypes.setHelperText(getTranslation("onboarding-templates.documents.types.help"));
        maxSize.setLabel(getTranslation("onboarding-templates.documents.max-size"));
        maxSize.setId("step-doc-max-size");
        maxSize.setMin(1);
        maxSize.setStepButtonsVisible(true);
        maxFiles.setLabel(getTranslation("onboarding-templates.documents.max-files"));
        maxFiles.setId("step-doc-max-files");
        maxFiles.setMin(1);
        maxFiles.setStepButtonsVisible(true);

        StepDefinition step = editing == null
                ? StepDefinition.of("", "", StepType.INTERNAL_TASK, StepSide.FIRM) : editing;
        keyEdited = editing != null;
        title.setValue(step.title());
        key.setValue(step.key());
        instructions.setValue(step.instructions() == null ? "" : step.instructions());
        type.setValue(step.type());
        side.setValue(step.ownerSide());
        dueOffset.setValue(step.dueOffsetDays());
        required.setValue(step.required());
        prerequisites.setValue(new HashSet<>(step.prerequisites().stream().filter(choices::containsKey).toList()));
        DocumentRequirements requested = step.documents();
        documentsWhat.setValue(requested == null ? "" : requested.what());
        documentTypes.setValue(String.join(", ", requested == null ? List.of("pdf", "jpg", "png") : requested.acceptedTypes()));
        maxSize.setValue(requested == null ? 10 : requested.maxSizeMb());
        maxFiles.setValue(requested == null ? 5 : requested.maxFiles());
        fields = new FormFieldsEditor(step.fields());
        showAssignees(step.ownerSide(), new Assignee(step.assigneeRole(), step.assigneeSubject()));
        showSettingsOf(step.type());

        title.addValueChangeListener(change -> {
            if (!keyEdited) {
                key.setValue(GeneratedKey.from(change.getValue(), "step", others.stream().map(StepDefinition::key).toList()));
            }
        });
        key.addValueChangeListener(change -> keyEdited |= change.isFromClient());
        type.addValueChangeListener(change -> showSettingsOf(change.getValue()));
        side.addValueChangeListener(change -> showAssignees(change.getValue(), assignee.getValue()));

        FormLayout form = new FormLayout(title, key, type, side, assignee, dueOffset, prerequisites, required,
                instructions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.setColspan(prerequisites, 2);
        form.setColspan(instructions, 2);
        FormLayout documentSettings = new FormLayout(documentsWhat, documentTypes, maxSize, maxFiles);
        documentSettings.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("560px", 2));
        documentSettings.setColspan(documentsWhat, 2);
        documents.setPadding(false);
        documents.add(new H4(getTranslation("onboarding-templates.documents")), documentSettings);
        Paragraph hint = new Paragraph(getTranslation("onboarding-templates.step.apply.hint"));
        hint.addClassName("klien-muted");
        add(form, typeHelp, fields, documents, hint);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("step-cancel");
        Button save = new Button(getTranslation("onboarding-templates.step.apply"), click -> apply());
        save.setId("step-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** Opens the dialog with the title in focus. */
    @Override
    public void open() {
        super.open();
        title.focus();
    }

    /**
     * The steps this one may wait for, labelled by title and key: every other step except those that already wait for
     * this one, directly or through others, as waiting for them would close a circle.
     */
    private Map<String, String> prerequisiteChoices(@Nullable StepDefinition editing) {
        Set<String> waiting = editing == null ? Set.of() : waitingFor(editing.key(), others);
        Map<String, String> choices = new LinkedHashMap<>();
        others.stream().filter(s -> !waiting.contains(s.key()))
                .forEach(s -> choices.put(s.key(), s.title() + " (" + s.key() + ")"));
        return choices;
    }

    static Set<String> waitingFor(String stepKey, List<StepDefinition> steps) {
        Set<String> found = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(stepKey));
        while (!open.isEmpty()) {
            String done = open.pop();
            steps.stream().filter(s -> s.prerequisites().contains(done) && found.add(s.key()))
                    .forEach(s -> open.push(s.key()));
        }
        return found;
    }

    private void showSettingsOf(@Nullable StepType stepType) {
        boolean eitherSide = EITHER_SIDE.contains(stepType);
        if (!eitherSide) {
            side.setValue(StepSide.FIRM);
        }
        side.setReadOnly(!eitherSide);
        side.setHelperText(eitherSide ? null : getTranslation("onboarding-templates.step.side.firm-only"));
        fields.setVisible(stepType == StepType.INTAKE_FORM);
        documents.setVisible(stepType == StepType.DOCUMENT_REQUEST);
        typeHelp.setVisible(stepType != null && !eitherSide);
        if (stepType != null && !eitherSide) {
            typeHelp.setText(getTranslation("onboarding-templates.step-type." + stepType.name() + ".help"));
        }
    }

    /** A client-side step goes to the client; a firm-side one to a role, a colleague, or anyone at the firm. */
    private void showAssignees(@Nullable StepSide stepSide, @Nullable Assignee chosen) {
        Assignee client = new Assignee(AssigneeRole.CLIENT, null);
        if (stepSide == StepSide.CLIENT) {
            assignee.setEmptySelectionAllowed(false);
            assignee.setItems(client);
            assignee.setValue(client);
            assignee.setReadOnly(true);
            return;
        }
        List<Assignee> items = new ArrayList<>(Arrays.stream(AssigneeRole.values())
                .filter(r -> r != AssigneeRole.CLIENT).map(r -> new Assignee(r, null)).toList());
        people.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))))
                .forEach(p -> items.add(new Assignee(null, p.getKey())));
        if (chosen != null && chosen.subject() != null && !people.containsKey(chosen.subject())) {
            items.add(chosen);
        }
        assignee.setReadOnly(false);
        assignee.setEmptySelectionAllowed(true);
        assignee.setItems(items);
        assignee.setValue(chosen != null && items.contains(chosen) ? chosen : null);
    }

    private String assigneeLabel(@Nullable Assignee option) {
        if (option == null || option.role() == null && option.subject() == null) {
            return getTranslation("onboarding-templates.step.assignee.none");
        }
        return option.subject() != null ? people.getOrDefault(option.subject(), option.subject())
                : getTranslation("onboarding-templates.assignee." + option.role().name());
    }

    private void apply() {
        List.<HasValidation>of(title, key).forEach(input -> input.setInvalid(false));
        String stepTitle = title.getValue().strip();
        if (stepTitle.isEmpty()) {
            invalid(title, getTranslation("onboarding.template.step.title.required"));
            return;
        }
        String stepKey = key.getValue().strip().toLowerCase(Locale.ROOT);
        if (stepKey.isEmpty()) {
            stepKey = GeneratedKey.from(stepTitle, "step", others.stream().map(StepDefinition::key).toList());
        }
        if (!STEP_KEY.matcher(stepKey).matches()) {
            invalid(key, getTranslation("onboarding.template.step.key.invalid", stepKey));
            return;
        }
        String chosenKey = stepKey;
        if (others.stream().anyMatch(s -> s.key().equals(chosenKey))) {
            invalid(key, getTranslation("onboarding.template.step.key.duplicate", stepKey));
            return;
        }
        StepType stepType = type.getValue();
        Assignee to = assignee.getValue();
        List<String> after = others.stream().map(StepDefinition::key).filter(prerequisites.getValue()::contains).toList();
        String text = instructions.getValue().strip();
        close();
        applied.accept(new StepDefinition(stepKey, stepTitle, text.isEmpty() ? null : text, stepType, side.getValue(),
                to == null ? null : to.role(), to == null ? null : to.subject(),
                dueOffset.getValue() == null ? 0 : dueOffset.getValue(), required.getValue(), after,
                stepType == StepType.INTAKE_FORM ? fields.value() : List.of(),
                stepType == StepType.DOCUMENT_REQUEST ? requestedDocuments() : null));
    }

    private DocumentRequirements requestedDocuments() {
        List<String> types = Arrays.stream(documentTypes.getValue().split("[,;\\s]+")).filter(t -> !t.isBlank()).toList();
        return new DocumentRequirements(documentsWhat.getValue(), types,
                maxSize.getValue() == null ? 0 : maxSize.getValue(), maxFiles.getValue() == null ? 0 : maxFiles.getValue());
    }

    private static void invalid(HasValidation input, String message) {
        input.setErrorMessage(message);
        input.setInvalid(true);
    }
}
