package io.klien.ui.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Names the port and the setting to change, instead of a bind stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis("Port " + cause.getPort() + " is already in use, so Klien cannot listen on it.",
                "Stop what listens on port " + cause.getPort() + ", or start Klien on another port with SERVER_PORT=<port>"
                        + " (property server.port; MANAGEMENT_SERVER_PORT / management.server.port for the health port).",
                cause);
    }
}
