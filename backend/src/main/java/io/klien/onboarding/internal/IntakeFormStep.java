package io.klien.onboarding.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.onboarding.FormAnswers;
import io.klien.onboarding.FormField;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import org.springframework.stereotype.Component;

/** Intake forms: answers saved as drafts until submitted; submitting checks every field and completes the step. */
@Component
class IntakeFormStep extends StepKind {

    IntakeFormStep(StepWork work) {
        super(work);
    }

    @Override
    StepType type() {
        return StepType.INTAKE_FORM;
    }

    Work answer(UUID stepId, long version, Map<String, List<String>> answers, boolean submit) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        // the onboarding's row lock orders concurrent saves, so the later one sees the earlier one's version here
        if (w.step().version() != version) {
            throw new DomainException("onboarding.form.stale");
        }
        List<FormField> fields = w.step().config().fields();
        Map<String, List<String>> clean = submit ? FormRules.submitted(fields, answers) : FormRules.draft(fields, answers);
        w.step().begin();
        w.step().record(new FormAnswers(clean, work.now(), w.subject()));
        if (submit) {
            work.complete(w);
        } else {
            work.settle(w, false);
        }
        return w;
    }
}
