package io.klien.ui.admin;

import io.klien.clients.CustomFieldType;
import org.jspecify.annotations.Nullable;

/** What the custom-field dialog edits; property names follow {@code CustomFieldDefinition}, whose refusals name them. */
public class CustomFieldForm {

    private String label = "";
    private @Nullable CustomFieldType type;
    private Boolean required = Boolean.FALSE;
    private String options = "";

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public @Nullable CustomFieldType getType() {
        return type;
    }

    public void setType(@Nullable CustomFieldType type) {
        this.type = type;
    }

    public Boolean getRequired() {
        return required;
    }

    public void setRequired(Boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
