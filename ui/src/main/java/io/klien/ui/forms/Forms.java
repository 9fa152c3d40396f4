package io.klien.ui.forms;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;

/**
 * Binders for form beans. The inputs' built-in checks (required, pattern, length) are left out of the binder: they
 * carry no text of their own, so a form would turn red without saying why. What the input must be comes from the
 * bean's constraints (with texts in {@code ValidationMessages*.properties}) and from the service, whose refusals
 * {@link FieldErrors} shows at the input.
 */
public final class Forms {

    private Forms() {
    }

    /** A binder by property name, for a form whose rules are all the service's. */
    public static <T> Binder<T> binder(Class<T> form) {
        Binder<T> binder = new Binder<>(form);
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    /** A binder that also checks the bean's constraints before the service is asked. */
    public static <T> BeanValidationBinder<T> validated(Class<T> form) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(form);
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }
}
