package io.klien.onboarding.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of an intake form by field key, stored as JSON (a choice of several has several values). */
public record StoredAnswers(Map<String, List<String>> values) {

    public StoredAnswers {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
