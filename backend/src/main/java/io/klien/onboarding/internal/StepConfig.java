package io.klien.onboarding.internal;

import java.util.List;

import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.FormField;
import org.jspecify.annotations.Nullable;

/** What a step asks for beyond its title, stored as JSON: the fields of a form, the files of a document request. */
record StepConfig(List<FormField> fields, @Nullable DocumentRequirements documents) {

    public StepConfig {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
