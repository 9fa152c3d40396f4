package io.klien.onboarding;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an intake form: its answers by field key (a choice of several has several values) and when and by
 * whom they were last saved, as a draft or submitted.
 */
public record FormAnswers(Map<String, List<String>> values, Instant savedAt, @Nullable String savedBy)
        implements StepOutcome {

    public FormAnswers {
        Objects.requireNonNull(savedAt, "savedAt");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        (values == null ? Map.<String, List<String>>of() : values).forEach((key, answer) -> copy.put(
                Objects.requireNonNull(key, "field key"), List.copyOf(answer == null ? List.of() : answer)));
        values = Collections.unmodifiableMap(copy);
    }
}
