package io.klien.ui.onboarding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.StepType;

/** The {@link StepPanel} of each step type; the application refuses to start when a type has none, or two. */
@SpringComponent
class StepPanels {

    private final Map<StepType, StepPanel> byType = new EnumMap<>(StepType.class);

    StepPanels(List<StepPanel> panels) {
        for (StepPanel panel : panels) {
            StepPanel earlier = byType.put(panel.type(), panel);
            if (earlier != null) {
                throw new IllegalStateException("Two panels show " + panel.type() + ": " + earlier.getClass().getName()
                        + " and " + panel.getClass().getName());
            }
        }
        for (StepType type : StepType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No StepPanel shows steps of type " + type);
            }
        }
    }

    StepPanel of(StepType type) {
        return byType.get(type);
    }
}
