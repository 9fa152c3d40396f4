package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One way of running the queries: a role, the table it reads, and a connection (shared by all paths, or its own).
 * Every query is the same transaction shape on every path, timed end to end from the client:
 * <pre>
 * begin;
 * select set_config('role', &lt;path's role&gt;, true), set_config('app.tenant_id', &lt;tenant&gt;, true);
 * &lt;the query&gt;;
 * commit;
 * </pre>
 * so that the only difference between paths is whether row-level security applies. Setting the role per transaction
 * is what lets all paths share one backend; row-level security and privileges follow that role (current_user) exactly
 * as they do for a connection that logged in as it.
 */
final class QueryPath implements AutoCloseable {

    /** The queries under test, each written once with the table left open. */
    enum Query {
        GRID_PAGE("grid page", "select id, name, status from %s where tenant_id = ? order by name limit 50", 50),
        LOOKUP_BY_KEY("lookup by key", "select id, name, kind, status, created_at from %s where tenant_id = ? and id = ?", 1);

        final String label;
        final String sql;
        final int expectedRows;

        Query(String label, String sql, int expectedRows) {
            this.label = label;
            this.sql = sql;
            this.expectedRows = expectedRows;
        }
    }

    final String code;
    final String label;
    final String role;
    final String table;
    final String why;
    private final Connection connection;
    private final boolean ownsConnection;
    private final PreparedStatement begin;
    private final PreparedStatement[] queries = new PreparedStatement[Query.values().length];

    QueryPath(String code, String label, String role, String table, String why, Connection connection,
            boolean ownsConnection) throws SQLException {
        this.code = code;
        this.label = label;
        this.role = role;
        this.table = table;
        this.why = why;
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        connection.setAutoCommit(false);
        // prepared once and reused, as a pooled application connection would (pgjdbc switches to a named
        // server-side statement after 5 executions, and PostgreSQL then caches a generic plan)
        this.begin = connection.prepareStatement(
                "select set_config('role', ?, true), set_config('app.tenant_id', ?, true)");
        for (Query q : Query.values()) {
            queries[q.ordinal()] = connection.prepareStatement(sql(q));
        }
    }

    /** The query as this path sends it; the trailing comment keeps each path's prepared statement its own. */
    String sql(Query q) {
        return q.sql.formatted(table) + " -- klien-bench path " + code;
    }

    /** Starts the transaction: this path's role, and the tenant (the empty string means none). */
    private void begin(String tenant) throws SQLException {
        begin.setString(1, role);
        begin.setString(2, tenant);
        try (ResultSet rs = begin.executeQuery()) {
            rs.next();
        }
    }

    /** Runs one transaction and returns its duration in nanoseconds. */
    long run(Query q, UUID tenant, UUID id) throws SQLException {
        long start = System.nanoTime();
        begin(tenant.toString());
        PreparedStatement ps = queries[q.ordinal()];
        ps.setObject(1, tenant);
        if (q == Query.LOOKUP_BY_KEY) {
            ps.setObject(2, id);
        }
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
                rs.getString(2);
                rs.getString(3);
                rows++;
            }
        }
        connection.commit();
        long elapsed = System.nanoTime() - start;
        if (rows != q.expectedRows) {
            throw new IllegalStateException(code + " " + label + ": " + q.label + " for tenant " + tenant + " returned "
                    + rows + " rows, expected " + q.expectedRows + "; the comparison would be meaningless");
        }
        return elapsed;
    }

    /**
     * EXPLAIN ANALYZE of a query in the path's transaction shape. The query is prepared and executed 6 times first, so
     * the plan shown is the one a reused prepared statement gets (PostgreSQL may switch to a generic plan after 5
     * executions), as in the measurement.
     */
    List<String> explain(Query q, UUID tenant, UUID id) throws SQLException {
        List<String> plan = new ArrayList<>();
        String name = "bench_explain_" + q.name().toLowerCase(Locale.ROOT);
        String numbered = q.sql.formatted(table).replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2");
        // UUIDs we generated ourselves, so inlining them as literals is safe
        String arguments = "'" + tenant + "'" + (q == Query.LOOKUP_BY_KEY ? ", '" + id + "'" : "");
        begin(tenant.toString());
        try (Statement st = connection.createStatement()) {
            st.execute("prepare " + name + " as " + numbered);
            for (int i = 0; i < 6; i++) {
                st.execute("execute " + name + "(" + arguments + ")");
            }
            try (ResultSet rs = st.executeQuery("explain (analyze, buffers, costs off, timing off, summary off) execute "
                    + name + "(" + arguments + ")")) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            st.execute("deallocate " + name);
        }
        connection.commit();
        return plan;
    }

    /** A count in this path's transaction shape, with the tenant set when one is given. */
    long count(String sql, UUID tenant, Object... parameters) throws SQLException {
        begin(tenant == null ? "" : tenant.toString());
        long n = BenchDatabase.single(connection, sql, parameters);
        connection.commit();
        return n;
    }

    /** The PostgreSQL backend process serving this path. */
    int backendPid() throws SQLException {
        int pid = (int) BenchDatabase.single(connection, "select pg_backend_pid()");
        connection.commit();
        return pid;
    }

    /** How often PostgreSQL planned this path's measured queries: {generic plans, custom plans}. */
    long[] planCounts() throws SQLException {
        long[] counts = new long[2];
        try (PreparedStatement ps = connection.prepareStatement("""
                select coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0)
                from pg_prepared_statements where statement like ?""")) {
            ps.setString(1, "%-- klien-bench path " + code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
            }
        }
        connection.commit();
        return counts;
    }

    @Override
    public void close() throws SQLException {
        if (ownsConnection) {
            connection.close();
        }
    }
}
