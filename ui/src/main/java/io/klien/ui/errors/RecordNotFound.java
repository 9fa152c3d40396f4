package io.klien.ui.errors;

import com.vaadin.flow.router.NotFoundException;

/**
 * A page for one record was opened with an id that names nothing the user may see: missing, removed, or another
 * firm's. All get the same not-found page, so the answer never tells whether the record exists elsewhere.
 */
public class RecordNotFound extends NotFoundException {

    public RecordNotFound() {
        super("No such record for this user");
    }
}
