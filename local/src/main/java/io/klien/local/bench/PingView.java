package io.klien.local.bench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The simplest signed-in Vaadin view: a counter and a button, no layout, no database. The capacity benchmark drives it
 * through the same protocol as the real views, as the ceiling of what one node can serve. Local module only.
 */
@Route("bench/ping")
@PermitAll
public class PingView extends Div {

    private int clicks;

    public PingView() {
        Span count = new Span("0");
        count.setId("ping-count");
        Button ping = new Button("Ping", click -> count.setText(Integer.toString(++clicks)));
        ping.setId("ping-button");
        add(count, ping);
    }
}
