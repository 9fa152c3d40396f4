package io.klien.onboarding;

import java.util.List;

/** What is wrong with one field of a submitted form: a message key and its arguments (the field's label first). */
public record FieldProblem(String fieldKey, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }
}
