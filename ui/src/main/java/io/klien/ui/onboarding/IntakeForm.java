package io.klien.ui.onboarding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.onboarding.FieldProblem;
import io.klien.onboarding.FormField;

/**
 * An intake form built from its fields: one input per field of the right kind, filled with the saved answers, read
 * back as the answers the onboarding service validates, and able to show each field's problem next to it.
 */
class IntakeForm extends FormLayout {

    private final Map<String, Supplier<List<String>>> readers = new LinkedHashMap<>();
    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();

    /** What stands in for a FILE field: an upload area, and the ids of the files it holds. */
    record FileInput(Component component, Supplier<List<String>> documentIds) {
    }

    IntakeForm(String idPrefix, List<FormField> fields, Map<String, List<String>> answers, boolean editable,
            java.util.function.BiFunction<FormField, List<String>, FileInput> fileInputs) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
        for (FormField field : fields) {
            List<String> saved = answers.getOrDefault(field.key(), List.of());
            String first = saved.isEmpty() ? "" : saved.getFirst();
            String label = field.label() + (field.required() ? " *" : "");
            String id = idPrefix + "-" + field.key();
            Component input = switch (field.type()) {
                case LONG_TEXT -> {
                    TextArea area = new TextArea(label);
                    area.setValue(first);
                    if (field.maxLength() != null) {
                        area.setMaxLength(field.maxLength());
                    }
                    readers.put(field.key(), () -> one(area.getValue()));
                    inputs.put(field.key(), area);
                    setColspan(area, 2);
                    yield area;
                }
                case DATE -> {
                    DatePicker date = new DatePicker(label);
                    date.setLocale(getLocale());
                    date.setValue(parseDate(first));
                    readers.put(field.key(), () -> date.getValue() == null ? List.of() : List.of(date.getValue().toString()));
                    inputs.put(field.key(), date);
                    yield date;
                }
                case SINGLE_CHOICE -> {
                    Select<String> select = new Select<>();
                    select.setLabel(label);
                    select.setItems(field.options());
                    select.setEmptySelectionAllowed(!field.required());
                    if (field.options().contains(first)) {
                        select.setValue(first);
                    }
                    readers.put(field.key(), () -> select.getValue() == null ? List.of() : List.of(select.getValue()));
                    inputs.put(field.key(), select);
                    yield select;
                }
                case MULTI_CHOICE -> {
                    CheckboxGroup<String> group = new CheckboxGroup<>(label);
                    group.setItems(field.options());
                    group.setValue(new java.util.LinkedHashSet<>(saved.stream().filter(field.options()::contains).toList()));
                    readers.put(field.key(), () -> field.options().stream().filter(group.getValue()::contains).toList());
                    inputs.put(field.key(), group);
                    setColspan(group, 2);
                    yield group;
                }
                case YES_NO -> {
                    RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                    yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                    yesNo.setItemLabelGenerator(b -> getTranslation(b ? "onboarding.ui.yes" : "onboarding.ui.no"));
                    if (!first.isEmpty()) {
                        yesNo.setValue(Boolean.parseBoolean(first));
                    }
                    readers.put(field.key(), () -> yesNo.getValue() == null ? List.of() : List.of(yesNo.getValue().toString()));
                    inputs.put(field.key(), yesNo);
                    yield yesNo;
                }
                case FILE -> {
                    FileInput files = fileInputs.apply(field, saved);
                    readers.put(field.key(), files.documentIds());
                    setColspan(files.component(), 2);
                    yield files.component();
                }
                default -> {
                    TextField text = new TextField(label);
                    text.setValue(first);
                    if (field.maxLength() != null) {
                        text.setMaxLength(field.maxLength());
                    }
                    readers.put(field.key(), () -> one(text.getValue()));
                    inputs.put(field.key(), text);
                    yield text;
                }
            };
            input.setId(id);
            if (input instanceof com.vaadin.flow.component.HasEnabled enabled) {
                enabled.setEnabled(editable);
            }
            add(input);
        }
    }

    /** The answers as typed: blank fields are left out. */
    Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        readers.forEach((key, reader) -> {
            List<String> values = reader.get();
            if (!values.isEmpty()) {
                answers.put(key, values);
            }
        });
        return answers;
    }

    /** Marks the fields with problems (and clears the others); each message already in the person's language. */
    void showProblems(List<FieldProblem> problems, java.util.function.Function<FieldProblem, String> message) {
        inputs.values().forEach(i -> i.setInvalid(false));
        for (FieldProblem problem : problems) {
            HasValidation input = inputs.get(problem.fieldKey());
            if (input != null) {
                input.setErrorMessage(message.apply(problem));
                input.setInvalid(true);
            }
        }
    }

    private static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static LocalDate parseDate(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
