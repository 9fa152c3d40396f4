package io.klien.ui.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomValueRejected;
import io.klien.clients.CustomValueView;
import org.jspecify.annotations.Nullable;

/**
 * The firm's custom fields in the client edit form, one input per active field, read back in the stored form the
 * service expects. Each input has the id {@code custom-value-<key>}.
 */
class CustomValuesForm extends FormLayout {

    private record Input(AbstractField<?, ?> component, Supplier<@Nullable String> storedValue) {

        /** Every input used here (text, number, date, select) shows its own error message. */
        HasValidation validation() {
            return (HasValidation) component;
        }
    }

    private final Map<String, Input> inputs = new LinkedHashMap<>();

    CustomValuesForm(List<CustomValueView> values) {
        setId("custom-values-form");
        values.forEach(this::addInput);
    }

    private void addInput(CustomValueView v) {
        Input input = switch (v.type()) {
            case TEXT -> text(new TextField(v.label()), v.value());
            case LONG_TEXT -> text(new TextArea(v.label()), v.value());
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField(v.label());
                number.setValue(v.value() == null ? null : new BigDecimal(v.value()));
                yield new Input(number, () -> number.getValue() == null ? null : number.getValue().toPlainString());
            }
            case DATE -> {
                DatePicker date = new DatePicker(v.label());
                date.setValue(v.value() == null ? null : LocalDate.parse(v.value()));
                yield new Input(date, () -> date.getValue() == null ? null : date.getValue().toString());
            }
            case YES_NO -> choice(v, List.of("true", "false"),
                    o -> getTranslation("true".equals(o) ? "custom-fields.yes" : "custom-fields.no"));
            case SINGLE_CHOICE -> choice(v, v.options(), o -> o);
        };
        input.component().setId("custom-value-" + v.key());
        input.component().setRequiredIndicatorVisible(v.required());
        inputs.put(v.key(), input);
        add(input.component());
        if (v.type() == CustomFieldType.LONG_TEXT) {
            setColspan(input.component(), 2);
        }
    }

    private static Input text(AbstractField<?, String> field, @Nullable String value) {
        field.setValue(value == null ? "" : value);
        return new Input(field, () -> field.getValue().isBlank() ? null : field.getValue());
    }

    private Input choice(CustomValueView v, List<String> options, Function<String, String> labelOf) {
        Select<String> select = new Select<>();
        select.setLabel(v.label());
        select.setEmptySelectionAllowed(true);
        select.setItems(options);
        select.setItemLabelGenerator(o -> o == null ? "" : labelOf.apply(o));
        select.setValue(v.value());
        return new Input(select, select::getValue);
    }

    /** Key to value in stored form, null for an empty input. */
    Map<String, @Nullable String> values() {
        Map<String, @Nullable String> values = new HashMap<>();
        inputs.forEach((key, input) -> values.put(key, input.storedValue().get()));
        return values;
    }

    void clearProblems() {
        inputs.values().forEach(input -> input.validation().setInvalid(false));
    }

    /** Shows the refusal at its input; false when the field is not in this form. */
    boolean show(CustomValueRejected problem) {
        Input input = inputs.get(problem.fieldKey());
        if (input == null) {
            return false;
        }
        input.validation().setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        input.validation().setInvalid(true);
        return true;
    }
}
