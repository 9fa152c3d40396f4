package io.klien.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * The ordered steps of a template in the editor: add, edit, move and remove them, each with a one-line summary, and a
 * refused rule shown at the step it names. Every edit is reported to the editor, which tracks unsaved changes.
 */
class TemplateStepList extends VerticalLayout {

    private final Map<String, String> people;
    private final Runnable onChange;
    private final Div stepList = new Div();
    private final List<Button> upButtons = new ArrayList<>();
    private final List<Button> downButtons = new ArrayList<>();
    private final List<StepDefinition> steps = new ArrayList<>();
    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d{1,4})]");

    private @Nullable String problemStep;
    private @Nullable String problemText;

    TemplateStepList(Map<String, String> people, Runnable onChange) {
        this.people = people;
        this.onChange = onChange;
        setPadding(false);
        H3 title = new H3(getTranslation("onboarding-templates.steps"));
        Button add = new Button(getTranslation("onboarding-templates.step.add"), VaadinIcon.PLUS.create(),
                click -> new StepDialog(null, List.copyOf(steps), people, step -> {
                    steps.add(step);
                    onChange.run();
                    renderSteps();
                }).open());
        add.setId("step-add");
        HorizontalLayout header = new HorizontalLayout(title, add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        stepList.setId("template-steps");
        stepList.addClassName("klien-card");
        stepList.setWidthFull();
        stepList.getElement().setAttribute("role", "list");
        stepList.getElement().setAttribute("aria-label", getTranslation("onboarding-templates.steps"));
        add(header, stepList);
    }

    /** Shows these steps, as stored, without a problem. */
    void show(List<StepDefinition> shown) {
        steps.clear();
        steps.addAll(shown);
        problemStep = null;
        problemText = null;
        renderSteps();
    }

    /** The steps as edited. */
    List<StepDefinition> steps() {
        return List.copyOf(steps);
    }

    /** Shows a refusal at the step it names (by title or key); returns whether it named one. */
    boolean showAtStep(DomainException e, String message) {
        problemStep = stepNamedIn(e);
        problemText = problemStep == null ? null : message;
        renderSteps();
        return problemStep != null;
    }

    /** Takes away a problem shown at a step. */
    void forgetProblem() {
        boolean shown = problemStep != null;
        problemStep = null;
        problemText = null;
        if (shown) {
            renderSteps();
        }
    }

    private void renderSteps() {
        stepList.removeAll();
        upButtons.clear();
        downButtons.clear();
        if (steps.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("onboarding-templates.steps.empty"));
            empty.setId("steps-empty");
            empty.addClassName("klien-muted");
            stepList.add(empty);
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            stepList.add(stepRow(i));
        }
    }

    private Div stepRow(int index) {
        StepDefinition step = steps.get(index);
        int n = index + 1;
        Span number = new Span(n + ".");
        number.addClassName("klien-muted");
        Span title = new Span(step.title());
        title.setId("step-name-" + n);
        title.addClassName("klien-card-title");
        Span key = new Span(step.key());
        key.addClassNames("klien-muted", LumoUtility.FontSize.SMALL, LumoUtility.Margin.Start.SMALL);
        Paragraph facts = new Paragraph(facts(step));
        facts.setId("step-facts-" + n);
        facts.addClassNames("klien-muted", LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        Div body = new Div(new Div(title, key), facts);
        body.addClassName(LumoUtility.Flex.GROW);

        Button edit = stepButton(VaadinIcon.EDIT, "onboarding-templates.step.edit", step, "step-edit-" + n,
                click -> new StepDialog(step, others(index), people, edited -> replace(index, edited)).open());
        Button up = stepButton(VaadinIcon.ARROW_UP, "onboarding-templates.step.up", step, "step-up-" + n,
                click -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = stepButton(VaadinIcon.ARROW_DOWN, "onboarding-templates.step.down", step, "step-down-" + n,
                click -> move(index, 1));
        down.setEnabled(index < steps.size() - 1);
        Button remove = stepButton(VaadinIcon.TRASH, "onboarding-templates.step.remove", step, "step-remove-" + n,
                click -> remove(index));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        upButtons.add(up);
        downButtons.add(down);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, remove);
        actions.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(number, body, actions);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);

        Div item = new Div(row);
        item.getElement().setAttribute("role", "listitem");
        item.addClassNames(LumoUtility.Padding.Vertical.XSMALL);
        if (index > 0) {
            item.addClassNames(LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);
        }
        if (step.key().equals(problemStep) && problemText != null) {
            Paragraph problem = new Paragraph(problemText);
            problem.setId("step-problem-" + n);
            problem.addClassNames("klien-warning-text", LumoUtility.Margin.NONE);
            problem.getElement().setAttribute("role", "alert");
            item.add(problem);
        }
        return item;
    }

    private Button stepButton(VaadinIcon icon, String labelKey, StepDefinition step, String id,
            ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(labelKey, step.title()));
        button.setTooltipText(getTranslation(labelKey, step.title()));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Type, who does it, when it is due, whether it is required and what it waits for, in one line. */
    private String facts(StepDefinition step) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("onboarding-templates.step-type." + step.type().name()));
        facts.add(assigneeText(step));
        facts.add(getTranslation("onboarding-templates.step.due", step.dueOffsetDays()));
        facts.add(getTranslation(step.required() ? "onboarding-templates.step.required"
                : "onboarding-templates.step.optional"));
        if (step.type() == StepType.INTAKE_FORM) {
            facts.add(getTranslation("onboarding-templates.step.field-count", step.fields().size()));
        }
        if (!step.prerequisites().isEmpty()) {
            facts.add(getTranslation("onboarding-templates.step.after", String.join(", ", step.prerequisites().stream()
                    .map(k -> steps.stream().filter(s -> s.key().equals(k)).map(StepDefinition::title).findFirst()
                            .orElse(k)).toList())));
        }
        return String.join(" · ", facts);
    }

    private String assigneeText(StepDefinition step) {
        if (step.ownerSide() == StepSide.CLIENT) {
            return getTranslation("onboarding-templates.assignee." + AssigneeRole.CLIENT.name());
        }
        if (step.assigneeSubject() != null) {
            return people.getOrDefault(step.assigneeSubject(), step.assigneeSubject());
        }
        return step.assigneeRole() == null ? getTranslation("onboarding-templates.step.assignee.none")
                : getTranslation("onboarding-templates.assignee." + step.assigneeRole().name());
    }

    private List<StepDefinition> others(int index) {
        List<StepDefinition> others = new ArrayList<>(steps);
        others.remove(index);
        return List.copyOf(others);
    }

    /** Puts the edited step in place; a changed key is followed by the steps that wait for it. */
    private void replace(int index, StepDefinition edited) {
        String oldKey = steps.get(index).key();
        steps.set(index, edited);
        if (!oldKey.equals(edited.key())) {
            rewritePrerequisites(oldKey, edited.key());
        }
        onChange.run();
        renderSteps();
    }

    private void remove(int index) {
        StepDefinition removed = steps.remove(index);
        rewritePrerequisites(removed.key(), null);
        onChange.run();
        renderSteps();
        Notices.success(getTranslation("onboarding-templates.step.removed", removed.title()));
    }

    private void rewritePrerequisites(String oldKey, @Nullable String newKey) {
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            if (step.prerequisites().contains(oldKey)) {
                steps.set(i, step.after(step.prerequisites().stream().map(k -> k.equals(oldKey) ? newKey : k)
                        .filter(k -> k != null).toArray(String[]::new)));
            }
        }
    }

    /** Moves a step and keeps the keyboard focus on the moved step's button, where it can move on. */
    private void move(int index, int by) {
        steps.add(index + by, steps.remove(index));
        onChange.run();
        renderSteps();
        int moved = index + by;
        Button again = by < 0 ? upButtons.get(moved) : downButtons.get(moved);
        (again.isEnabled() ? again : by < 0 ? downButtons.get(moved) : upButtons.get(moved)).focus();
    }

    /** Step rules name the step as the input {@code steps[i]}, its place in the list the editor sent. */
    private @Nullable String stepNamedIn(DomainException e) {
        return e.field().map(STEP_FIELD::matcher).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1)))
                .filter(index -> index < steps.size()).map(index -> steps.get(index).key()).orElse(null);
    }
}
