package io.klien.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;


/** The PostgreSQL superuser, for tests that play an attacker with direct database access. */
final class Superuser {

    private final String url;
    private final String user;

    Superuser(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Runs one statement outside the application (bypassing its role, privileges and row-level security). */
    int execute(String sql, Object... params) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        try (Connection c = DriverManager.getConnection(url, props); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
