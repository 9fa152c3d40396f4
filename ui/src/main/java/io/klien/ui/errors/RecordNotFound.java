package io.klien.ui.errors;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import io.klien.shared.DomainException;

/**
 * A page for one record was opened with an id that names nothing the user may see: missing, removed, or another
 * firm's. All get the same not-found page, so the answer never tells whether the record exists elsewhere.
 */
public class RecordNotFound extends NotFoundException {

    public RecordNotFound() {
        super("No such record for this user");
    }

    /**
     * The record the route parameter names, as {@code loader} finds it for this user. A malformed id, a missing record
     * or a refusal sends the page to the not-found page and gives empty.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, String parameter, Function<UUID, T> loader) {
        Optional<T> record;
        try {
            record = event.getRouteParameters().get(parameter).flatMap(RecordNotFound::id).map(loader);
        } catch (DomainException e) {
            record = Optional.empty();
        }
        if (record.isEmpty()) {
            event.rerouteToError(RecordNotFound.class);
        }
        return record;
    }

    /** The id in a route parameter, or empty when it is not one. */
    public static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
