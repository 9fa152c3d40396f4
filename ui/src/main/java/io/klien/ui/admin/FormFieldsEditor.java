package io.klien.ui.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an intake form, added, removed and reordered in place. A field's key follows its label until the
 * admin edits the key; only the settings that fit the field's type are kept.
 */
class FormFieldsEditor extends VerticalLayout {

    private static final Set<FieldType> CHOICES = EnumSet.of(FieldType.SINGLE_CHOICE, FieldType.MULTI_CHOICE);
    private static final Set<FieldType> TEXTS = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT);
    private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.NUMBER, FieldType.MONEY);

    private final List<FieldRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    FormFieldsEditor(List<FormField> fields) {
        setPadding(false);
        setId("step-fields");
        H4 title = new H4(getTranslation("onboarding-templates.fields"));
        empty.setText(getTranslation("onboarding-templates.fields.empty"));
        empty.addClassName("klien-muted");
        empty.setId("fields-empty");
        list.setWidthFull();
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("onboarding-templates.fields"));
        Button add = new Button(getTranslation("onboarding-templates.field.add"), VaadinIcon.PLUS.create(), click -> {
            FieldRow row = new FieldRow(null);
            rows.add(row);
            render();
            row.label.focus();
        });
        add.setId("field-add");
        fields.forEach(field -> rows.add(new FieldRow(field)));
        add(title, empty, list, add);
        render();
    }

    /** The fields as the admin arranged them, without settings their type does not use. */
    List<FormField> value() {
        return rows.stream().map(FieldRow::value).toList();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).place(i);
            list.add(rows.get(i));
        }
        empty.setVisible(rows.isEmpty());
    }

    private void move(FieldRow row, int by) {
        int index = rows.indexOf(row);
        rows.add(index + by, rows.remove(index));
        render();
        (by < 0 && index + by > 0 || by > 0 && index + by == rows.size() - 1 ? row.up : row.down).focus();
    }

    private List<String> keysOtherThan(FieldRow row) {
        return rows.stream().filter(r -> r != row).map(r -> r.key.getValue().strip()).toList();
    }

    /** One field: what it is called, what it holds and its limits, with buttons to move or remove it. */
    private final class FieldRow extends Div {

        private final TextField key = new TextField(getTranslation("onboarding-templates.field.key"));
        private final TextField label = new TextField(getTranslation("onboarding-templates.field.label"));
        private final Select<FieldType> type = new Select<>();
        private final Checkbox required = new Checkbox(getTranslation("onboarding-templates.field.required"));
        private final TextArea options = new TextArea(getTranslation("onboarding-templates.field.options"));
        private final IntegerField maxLength = new IntegerField(getTranslation("onboarding-templates.field.max-length"));
        private final BigDecimalField min = new BigDecimalField(getTranslation("onboarding-templates.field.min"));
        private final BigDecimalField max = new BigDecimalField(getTranslation("onboarding-templates.field.max"));
        private final Button up;
        private final Button down;
        private final Button remove;
        private boolean keyEdited;

        FieldRow(@Nullable FormField field) {
            addClassNames("klien-card", LumoUtility.Margin.Bottom.SMALL, LumoUtility.Padding.MEDIUM);
            getElement().setAttribute("role", "listitem");
            label.setRequiredIndicatorVisible(true);
            label.setMaxLength(200);
            key.setMaxLength(GeneratedKey.MAX_LENGTH);
            type.setLabel(getTranslation("onboarding-templates.field.type"));
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("onboarding-templates.field-type." + t.name()));
            options.setHelperText(getTranslation("onboarding-templates.field.options.help"));
            maxLength.setMin(1);
            maxLength.setStepButtonsVisible(true);

            if (field == null) {
                type.setValue(FieldType.TEXT);
                required.setValue(true);
            } else {
                keyEdited = true;
                key.setValue(field.key());
                label.setValue(field.label());
                type.setValue(field.type());
                required.setValue(field.required());
                options.setValue(String.join("\n", field.options()));
                maxLength.setValue(field.maxLength());
                min.setValue(field.min());
                max.setValue(field.max());
            }
            key.addValueChangeListener(change -> keyEdited |= change.isFromClient());
            label.addValueChangeListener(change -> {
                if (!keyEdited) {
                    key.setValue(GeneratedKey.from(change.getValue(), "field", keysOtherThan(this)));
                }
                describe();
            });
            type.addValueChangeListener(change -> showSettingsOf(change.getValue()));
            showSettingsOf(type.getValue());

            up = iconButton(VaadinIcon.ARROW_UP, click -> move(this, -1));
            down = iconButton(VaadinIcon.ARROW_DOWN, click -> move(this, 1));
            remove = iconButton(VaadinIcon.TRASH, click -> {
                rows.remove(this);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);

            FormLayout form = new FormLayout(label, key, type, required, options, maxLength, min, max);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2),
                    new FormLayout.ResponsiveStep("720px", 4));
            form.setColspan(options, 2);
            HorizontalLayout actions = new HorizontalLayout(up, down, remove);
            actions.setSpacing(false);
            actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
            add(form, actions);
        }

        private Button iconButton(VaadinIcon icon, ComponentEventListener<ClickEvent<Button>> listener) {
            Button button = new Button(icon.create(), listener);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return button;
        }

        private void showSettingsOf(@Nullable FieldType fieldType) {
            options.setVisible(CHOICES.contains(fieldType));
            maxLength.setVisible(TEXTS.contains(fieldType));
            min.setVisible(NUMBERS.contains(fieldType));
            max.setVisible(NUMBERS.contains(fieldType));
        }

        /** Numbers the row's inputs for tests and names its buttons for screen readers. */
        void place(int index) {
            int n = index + 1;
            key.setId("field-key-" + n);
            label.setId("field-label-" + n);
            type.setId("field-type-" + n);
            required.setId("field-required-" + n);
            options.setId("field-options-" + n);
            maxLength.setId("field-max-length-" + n);
            min.setId("field-min-" + n);
            max.setId("field-max-" + n);
            up.setId("field-up-" + n);
            down.setId("field-down-" + n);
            remove.setId("field-remove-" + n);
            up.setEnabled(index > 0);
            down.setEnabled(index < rows.size() - 1);
            describe();
        }

        private void describe() {
            String name = label.getValue().isBlank() ? String.valueOf(rows.indexOf(this) + 1) : label.getValue().strip();
            for (Button button : List.of(up, down, remove)) {
                String text = getTranslation(button == up ? "onboarding-templates.field.up"
                        : button == down ? "onboarding-templates.field.down" : "onboarding-templates.field.remove", name);
                button.setAriaLabel(text);
                button.setTooltipText(text);
            }
        }

        FormField value() {
            FieldType fieldType = type.getValue();
            List<String> choices = CHOICES.contains(fieldType)
                    ? Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList()
                    : List.of();
            boolean numeric = NUMBERS.contains(fieldType);
            return new FormField(key.getValue().strip(), label.getValue(), fieldType, required.getValue(), choices,
                    TEXTS.contains(fieldType) ? maxLength.getValue() : null, numeric ? min.getValue() : null,
                    numeric ? max.getValue() : null);
        }
    }
}
