package io.klien.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A template refusal about one step names that step as the input {@code steps[i]}, so the editor marks it. */
class TemplateRulesFieldsTests {

    private static StepDefinition task(String key) {
        return StepDefinition.of(key, "Task " + key, StepType.INTERNAL_TASK, StepSide.FIRM);
    }

    private static DomainException refusalOf(StepDefinition... steps) {
        return catchThrowableOfType(DomainException.class,
                () -> TemplateRules.validated(new TemplateDefinition("T", null, null, null, List.of(steps)), s -> true));
    }

    @Test
    void eachStepRuleNamesTheStepByItsPlace() {
        assertThat(refusalOf(task("a"), StepDefinition.of("b", " ", StepType.INTERNAL_TASK, StepSide.FIRM)).field())
                .contains("steps[1]");
        assertThat(refusalOf(task("a"), task("b"), task("a")).field()).contains("steps[2]");
        assertThat(refusalOf(task("a"), task("b").after("nowhere")).field()).contains("steps[1]");
        assertThat(refusalOf(task("a"), task("b").after("c"), task("c").after("b")).field().orElseThrow())
                .isIn("steps[1]", "steps[2]");
        assertThat(refusalOf(task("a"), task("b").dueAfterDays(-1)).field()).contains("steps[1]");
        assertThat(refusalOf(StepDefinition.of("form", "Form", StepType.INTAKE_FORM, StepSide.CLIENT)).field())
                .contains("steps[0]");
    }

    @Test
    void theTemplatesOwnRulesNameTheirInputOrNone() {
        DomainException noName = catchThrowableOfType(DomainException.class, () -> TemplateRules.validated(
                new TemplateDefinition(" ", null, null, null, List.of(task("a"))), s -> true));

        assertThat(noName.field()).contains("name");
        assertThat(catchThrowableOfType(DomainException.class, () -> TemplateRules.requireStartable(
                List.of(task("a").optional()))).field()).isEmpty();
    }
}
