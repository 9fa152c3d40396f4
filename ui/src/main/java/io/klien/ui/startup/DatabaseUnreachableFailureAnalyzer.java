package io.klien.ui.startup;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** PostgreSQL down or refusing the credentials: one clear line naming the URL and the fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)");
        if (state.startsWith("08")) {
            return new FailureAnalysis("PostgreSQL is not reachable at " + url + " (" + cause.getMessage() + ").",
                    "Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)"
                            + " or point KLIEN_DB_URL at a running server.", cause);
        }
        if (state.equals("28P01") || state.equals("28000") || state.equals("3D000")) {
            return new FailureAnalysis("PostgreSQL at " + url + " refused the connection: " + cause.getMessage(),
                    "Check KLIEN_DB_URL, KLIEN_DB_APP_USER / KLIEN_DB_APP_PASSWORD and KLIEN_DB_OWNER_USER / "
                            + "KLIEN_DB_OWNER_PASSWORD; ./klien run creates the database and both roles on a local server.",
                    cause);
        }
        return null;
    }
}
