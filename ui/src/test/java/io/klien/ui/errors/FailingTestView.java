package io.klien.ui.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails while opening, to prove users see a reference and not the failure. */
@Route(FailingTestView.ROUTE)
@PermitAll
public class FailingTestView extends Div {

    static final String ROUTE = "test/failing";

    public FailingTestView() {
        throw new IllegalStateException("database password is wrong");
    }
}
