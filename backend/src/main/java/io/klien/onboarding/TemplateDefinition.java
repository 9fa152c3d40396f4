package io.klien.onboarding;

import java.util.List;

import io.klien.clients.ClientKind;
import org.jspecify.annotations.Nullable;

/**
 * A whole template as the editor saves it: its name and description, the service line and kind of client it is
 * for (both optional), and its steps in order.
 */
public record TemplateDefinition(String name, @Nullable String description, @Nullable String serviceLine,
        @Nullable ClientKind clientKind, List<StepDefinition> steps) {

    public TemplateDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
