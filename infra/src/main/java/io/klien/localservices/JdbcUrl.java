package io.klien.localservices;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a PostgreSQL JDBC URL the bootstrap needs. */
record JdbcUrl(String hostAndPort, String database, String parameters) {

    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)(\\?.*)?");

    static JdbcUrl parse(String url) {
        Matcher m = POSTGRES.matcher(url);
        if (!m.matches()) {
            throw new LocalServiceException("Not a PostgreSQL JDBC URL: " + url,
                    "Set KLIEN_DB_URL to jdbc:postgresql://<host>:<port>/<database>.");
        }
        return new JdbcUrl(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    String withDatabase(String otherDatabase) {
        return "jdbc:postgresql://" + hostAndPort + "/" + otherDatabase + parameters;
    }
}
