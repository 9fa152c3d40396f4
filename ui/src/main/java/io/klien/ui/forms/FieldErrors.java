package io.klien.ui.forms;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;

/**
 * Puts a refused rule where it belongs: at the input the {@link DomainException} names (its {@code field()}, bound
 * under that property name in the form's {@link Binder}), else in a notice. Views never read message keys to find
 * the input.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows the refusal at the bound input named by its field; returns whether it found one. Without one, it shows a
     * warning notice instead.
     */
    public static boolean show(DomainException refusal, Binder<?> binder) {
        return show(refusal, binder, Map.of());
    }

    /**
     * As {@link #show(DomainException, Binder)}, where the service names some inputs differently from the form's
     * properties ({@code aliases}: service field to form property).
     */
    public static boolean show(DomainException refusal, Binder<?> binder, Map<String, String> aliases) {
        if (showAtInput(refusal, binder, aliases)) {
            return true;
        }
        Notices.refused(refusal);
        return false;
    }

    /** Shows the refusal at the bound input it names and returns true; returns false, showing nothing, without one. */
    public static boolean showAtInput(DomainException refusal, Binder<?> binder, Map<String, String> aliases) {
        return showAt(refusal, refusal.field()
                .map(field -> aliases.getOrDefault(field, field))
                .flatMap(binder::getBinding)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast));
    }

    /**
     * For a small form without a {@link Binder}: shows the refusal at the input its field names in {@code inputs}
     * (service field to input), else in a notice; returns whether it found the input.
     */
    public static boolean show(DomainException refusal, Map<String, ? extends HasValidation> inputs) {
        if (showAt(refusal, refusal.field().map(inputs::get))) {
            return true;
        }
        Notices.refused(refusal);
        return false;
    }

    private static boolean showAt(DomainException refusal, Optional<? extends HasValidation> input) {
        if (input.isEmpty()) {
            return false;
        }
        UI ui = UI.getCurrent();
        input.get().setErrorMessage(ui == null ? refusal.messageKey()
                : ui.getTranslation(refusal.messageKey(), refusal.arguments()));
        input.get().setInvalid(true);
        return true;
    }
}
