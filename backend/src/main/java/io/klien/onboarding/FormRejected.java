package io.klien.onboarding;

import java.io.Serial;
import java.util.List;

import io.klien.shared.DomainException;

/** A form was not accepted: every field with a problem is listed, and nothing of the submission was saved. */
public class FormRejected extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public FormRejected(List<FieldProblem> problems) {
        super("onboarding.form.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
