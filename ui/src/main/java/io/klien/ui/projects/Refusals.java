package io.klien.ui.projects;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;

/** Shows a refused action at the input it is about, else as a notice with an id tests and screen readers can find. */
final class Refusals {

    private Refusals() {
    }

    static void show(DomainException refusal, Map<String, ? extends HasValidation> inputs, String noticeId) {
        if (refusal.field().filter(inputs::containsKey).isPresent()) {
            FieldErrors.show(refusal, inputs);
        } else {
            Notices.withId(Notices.refused(refusal), noticeId);
        }
    }

    static void show(DomainException refusal, String noticeId) {
        show(refusal, Map.of(), noticeId);
    }
}
