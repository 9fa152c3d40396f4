package io.klien.ui.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Tenant admins define the custom fields the firm keeps for every client: label, type, required, order, and archiving
 * (hidden, values kept). A firm has at most {@link CustomFields#MAX_FIELDS}, so the grid shows them all.
 */
@Menu(title = "nav.custom-fields", order = 130)
@Route(value = "admin/custom-fields", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class CustomFieldsView extends VerticalLayout implements HasDynamicTitle {

    private final CustomFields customFields;
    private final Grid<CustomFieldView> grid = new Grid<>();
    private List<CustomFieldView> fields = List.of();

    public CustomFieldsView(CustomFields customFields) {
        this.customFields = customFields;
        addClassName("klien-page");
        Paragraph intro = new Paragraph(getTranslation("custom-fields.intro"));
        intro.addClassName("klien-muted");
        Button add = new Button(getTranslation("custom-fields.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.setId("custom-field-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("custom-fields-grid");
        grid.addColumn(CustomFieldView::label).setHeader(getTranslation("custom-fields.label")).setFlexGrow(1);
        grid.addColumn(CustomFieldView::key).setHeader(getTranslation("custom-fields.key")).setAutoWidth(true);
        grid.addColumn(this::typeText).setHeader(getTranslation("custom-fields.type")).setFlexGrow(1);
        grid.addColumn(f -> f.required() ? getTranslation("custom-fields.yes") : "")
                .setHeader(getTranslation("custom-fields.required")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("custom-fields.status")).setAutoWidth(true);
        grid.addColumn(CustomFieldView::clientsWithValue).setHeader(getTranslation("custom-fields.clients-with-value"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("custom-fields.empty"));
        add(intro, add, grid);
        refresh();
    }

    private void refresh() {
        fields = customFields.fields();
        grid.setItems(fields);
    }

    private String typeText(CustomFieldView field) {
        String type = getTranslation("custom-fields.type." + field.type().name());
        return field.options().isEmpty() ? type : type + ": " + String.join(", ", field.options());
    }

    private Span status(CustomFieldView field) {
        Span status = new Span(getTranslation(field.archived() ? "custom-fields.archived" : "custom-fields.active"));
        status.getElement().getThemeList().add(field.archived() ? "badge contrast" : "badge success");
        return status;
    }

    private HorizontalLayout actions(CustomFieldView field) {
        int index = fields.indexOf(field);
        Button edit = iconButton(VaadinIcon.EDIT, "custom-fields.edit", field, "custom-field-edit-", click -> openEditor(field));
        Button up = iconButton(VaadinIcon.ARROW_UP, "custom-fields.up", field, "custom-field-up-", click -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "custom-fields.down", field, "custom-field-down-",
                click -> move(index, 1));
        down.setEnabled(index < fields.size() - 1);
        Button archive = field.archived()
                ? iconButton(VaadinIcon.ARROW_BACKWARD, "custom-fields.restore", field, "custom-field-restore-",
                        click -> act(() -> customFields.restore(field.id()), getTranslation("custom-fields.restored", field.label())))
                : iconButton(VaadinIcon.ARCHIVE, "custom-fields.archive", field, "custom-field-archive-",
                        click -> act(() -> customFields.archive(field.id()),
                                getTranslation("custom-fields.archived-done", field.label())));
        return new HorizontalLayout(edit, up, down, archive);
    }

    private Button iconButton(VaadinIcon icon, String ariaKey, CustomFieldView field, String idPrefix,
            ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.setAriaLabel(getTranslation(ariaKey, field.label()));
        button.setTooltipText(getTranslation(ariaKey, field.label()));
        button.setId(idPrefix + field.key());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void move(int index, int by) {
        List<UUID> order = new ArrayList<>(fields.stream().map(CustomFieldView::id).toList());
        order.add(index + by, order.remove(index));
        act(() -> customFields.reorder(order), getTranslation("custom-fields.reordered"));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
        } catch (DomainException e) {
            warn(e);
        }
        refresh();
    }

    private static void warn(DomainException e) {
        Notices.withId(Notices.refused(e), "custom-fields-warning");
    }

    /** Adds a field (editing null) or edits one; problems show at the input they concern. */
    private void openEditor(@Nullable CustomFieldView editing) {
        Dialog dialog = new Dialog(editing == null ? getTranslation("custom-fields.dialog.new")
                : getTranslation("custom-fields.edit", editing.label()));
        dialog.setId("custom-field-dialog");
        TextField label = new TextField(getTranslation("custom-fields.label"));
        label.setId("custom-field-label");
        label.setRequiredIndicatorVisible(true);
        Select<CustomFieldType> type = new Select<>();
        type.setId("custom-field-type");
        type.setLabel(getTranslation("custom-fields.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("custom-fields.type." + t.name()));
        type.setValue(CustomFieldType.TEXT);
        Checkbox required = new Checkbox(getTranslation("custom-fields.required"));
        required.setId("custom-field-required");
        TextArea options = new TextArea(getTranslation("custom-fields.options"));
        options.setId("custom-field-options");
        options.setHelperText(getTranslation("custom-fields.options.help"));
        if (editing != null) {
            label.setValue(editing.label());
            type.setValue(editing.type());
            required.setValue(editing.required());
            options.setValue(String.join("\n", editing.options()));
            if (editing.typeLocked()) {
                type.setReadOnly(true);
                type.setHelperText(getTranslation("custom-fields.type.locked"));
            }
        }
        options.setVisible(type.getValue() == CustomFieldType.SINGLE_CHOICE);
        type.addValueChangeListener(change -> options.setVisible(change.getValue() == CustomFieldType.SINGLE_CHOICE));

        Binder<CustomFieldForm> binder = Forms.binder(CustomFieldForm.class);
        binder.forField(label).bind("label");
        binder.forField(type).bind("type");
        binder.forField(required).bind("required");
        binder.forField(options).bind("options");
        Button save = new Button(getTranslation("action.save"), click -> {
            List.<HasValidation>of(label, type, options).forEach(input -> input.setInvalid(false));
            CustomFieldForm form = new CustomFieldForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            CustomFieldDefinition definition = new CustomFieldDefinition(form.getLabel(), form.getType(),
                    Boolean.TRUE.equals(form.getRequired()), Arrays.asList(form.getOptions().split("\\R")));
            try {
                CustomFieldView saved = editing == null ? customFields.define(definition)
                        : customFields.change(editing.id(), editing.version(), definition);
                dialog.close();
                refresh();
                Notices.success(getTranslation(editing == null ? "custom-fields.added" : "custom-fields.saved", saved.label()));
            } catch (DomainException e) {
                if (!FieldErrors.showAtInput(e, binder, Map.of())) {
                    // about the field as a whole (changed meanwhile, archived): the list shows how it is now
                    dialog.close();
                    refresh();
                    warn(e);
                }
            }
        });
        save.setId("custom-field-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(label, type, required, options));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        label.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("custom-fields.title");
    }
}
