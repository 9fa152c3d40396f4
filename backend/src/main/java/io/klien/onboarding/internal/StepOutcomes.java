package io.klien.onboarding.internal;

import io.klien.onboarding.StepOutcome;
import io.klien.onboarding.StepType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a step's outcome as its JSON document. The step's type says which record the document holds, so
 * the document carries no type name and a record's constructor checks it both ways: nothing invalid is stored, and a
 * stored document that no longer fits its record fails loudly instead of showing half an outcome.
 */
final class StepOutcomes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StepOutcomes() {
    }

    static String write(StepType type, StepOutcome outcome) {
        if (type.outcomeType() == null || !type.outcomeType().equals(outcome.getClass())) {
            throw new IllegalArgumentException("A " + type + " step does not record a "
                    + outcome.getClass().getSimpleName());
        }
        return JSON.writeValueAsString(outcome);
    }

    static StepOutcome read(StepType type, String json) {
        Class<? extends StepOutcome> outcomeType = type.outcomeType();
        if (outcomeType == null) {
            throw new IllegalStateException("A " + type + " step records nothing, yet holds " + json);
        }
        try {
            return JSON.readValue(json, outcomeType);
        } catch (JacksonException e) {
            throw new IllegalStateException("The stored outcome of a " + type + " step is not a valid "
                    + outcomeType.getSimpleName() + ": " + json, e);
        }
    }
}
