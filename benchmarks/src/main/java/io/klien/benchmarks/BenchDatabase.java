package io.klien.benchmarks;

import static io.klien.benchmarks.BenchSettings.APP_ROLE;
import static io.klien.benchmarks.BenchSettings.DATABASE;
import static io.klien.benchmarks.BenchSettings.OWNER_ROLE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Creates, when missing, the benchmark's own database with an owner role and an application role mirroring Klien's
 * (the app role owns nothing and is neither superuser nor BYPASSRLS), and the two tables under comparison:
 * <ul>
 * <li>{@code bench_client}: shaped like Klien's {@code client}, ENABLE + FORCE row-level security with the same
 * policy as Klien's changelogs, readable by the app role;</li>
 * <li>{@code bench_client_norls}: its twin, filled by the same statement (identical rows in the same physical
 * order) with identical indexes, no row-level security, read by its owner.</li>
 * </ul>
 * Seeding runs only when the tables are missing or do not hold the expected rows.
 */
final class BenchDatabase {

    static final String RLS_TABLE = "bench_client";
    static final String TWIN_TABLE = "bench_client_norls";
    static final String POLICY = "bench_client_tenant_isolation";

    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private final BenchSettings settings;

    BenchDatabase(BenchSettings settings) {
        this.settings = settings;
    }

    /** Deterministic ids, the same ones the seeding SQL computes with {@code md5(...)::uuid}. */
    static UUID tenantId(int tenant) {
        return Md5Uuid.of("tenant-" + tenant);
    }

    static UUID clientId(int tenant, int row) {
        return Md5Uuid.of("client-" + tenant + "-" + row);
    }

    Connection connectAsAdmin(boolean benchDatabase) throws SQLException {
        return connect(benchDatabase ? settings.benchUrl() : settings.adminUrl(), settings.adminUser(),
                settings.adminPassword());
    }

    Connection connectAs(String role) throws SQLException {
        return connect(settings.benchUrl(), role, settings.rolePassword());
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "klien-bench");
        Connection c = DRIVER.connect(url, props);
        if (c == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        return c;
    }

    /** Roles, database and grants; fails when the app role is privileged or owns anything. */
    void ensureDatabaseAndRoles() throws SQLException {
        Connection first;
        try {
            first = connectAsAdmin(false);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is not reachable at " + settings.adminUrl() + " as '"
                    + settings.adminUser() + "': " + e.getMessage() + " Start it (on Debian: pg_ctlcluster"
                    + " --skip-systemctl-redirect $(ls /etc/postgresql) main start) or point KLIEN_BENCH_ADMIN_URL /"
                    + " -Dklien.bench.admin-url at a running server.", e.getSQLState(), e);
        }
        try (Connection admin = first) {
            ensureRole(admin, OWNER_ROLE);
            ensureRole(admin, APP_ROLE);
            if (exists(admin, "select 1 from pg_roles where rolname = ? and (rolsuper or rolbypassrls)", APP_ROLE)) {
                throw new IllegalStateException("Role " + APP_ROLE + " is a superuser or BYPASSRLS, so it would not"
                        + " measure row-level security. Fix it: alter role " + APP_ROLE + " nosuperuser nobypassrls;");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                try (Statement st = admin.createStatement()) {
                    st.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
                }
                System.out.println("  created database " + DATABASE + " owned by " + OWNER_ROLE);
            }
        }
        try (Connection admin = connectAsAdmin(true); Statement st = admin.createStatement()) {
            st.execute("revoke all on database " + DATABASE + " from public");
            st.execute("grant connect, temporary on database " + DATABASE + " to " + APP_ROLE);
            st.execute("grant connect, temporary on database " + DATABASE + " to " + OWNER_ROLE);
            st.execute("alter schema public owner to " + OWNER_ROLE);
            st.execute("revoke create on schema public from public");
            st.execute("grant usage on schema public to " + APP_ROLE);
            try (PreparedStatement ps = admin.prepareStatement(
                    "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ?")) {
                ps.setString(1, APP_ROLE);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException("Role " + APP_ROLE + " owns relations in " + DATABASE
                                + "; the app role must own nothing (drop database " + DATABASE + " to start afresh)");
                    }
                }
            }
        }
    }

    /** What is wrong with the seeded tables, or an empty list when they are ready (checked as superuser). */
    List<String> problemsWithSeededTables() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection admin = connectAsAdmin(true)) {
            String sql = """
                    select c.relrowsecurity, c.relforcerowsecurity, r.rolname, obj_description(c.oid, 'pg_class')
                    from pg_class c join pg_roles r on r.oid = c.relowner
                    where c.relnamespace = 'public'::regnamespace and c.relname = ? and c.relkind = 'r'
                    """;
            for (String table : List.of(RLS_TABLE, TWIN_TABLE)) {
                boolean rls = table.equals(RLS_TABLE);
                try (PreparedStatement ps = admin.prepareStatement(sql)) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            problems.add(table + " is missing");
                            continue;
                        }
                        if (rs.getBoolean(1) != rls || rs.getBoolean(2) != rls) {
                            problems.add(table + " has the wrong row-level security flags");
                        }
                        if (!OWNER_ROLE.equals(rs.getString(3))) {
                            problems.add(table + " is not owned by " + OWNER_ROLE);
                        }
                        if (!marker().equals(rs.getString(4))) {
                            problems.add(table + " was not (completely) seeded for " + marker());
                        }
                    }
                }
                if (problems.isEmpty()) {
                    long count = single(admin, "select count(*) from " + table);
                    if (count != settings.totalRows()) {
                        problems.add(table + " holds " + count + " rows");
                    }
                }
            }
            if (!exists(admin, "select 1 from pg_policies where tablename = ? and policyname = ?", RLS_TABLE, POLICY)) {
                problems.add("policy " + POLICY + " is missing");
            }
        }
        return problems;
    }

    /** Drops and recreates both tables as the owner (as Liquibase would), fills, indexes and analyzes them. */
    void seed() throws SQLException {
        try (Connection owner = connectAs(OWNER_ROLE); Statement st = owner.createStatement()) {
            st.execute("set maintenance_work_mem = '256MB'");
            st.execute("set work_mem = '256MB'");
            st.execute("drop table if exists " + TWIN_TABLE);
            st.execute("drop table if exists " + RLS_TABLE);
            for (String table : List.of(RLS_TABLE, TWIN_TABLE)) {
                // Klien's client table (clients-20261122-1.yaml) without the FK to tenant, which reads never use
                st.execute("""
                        create table %s (
                          tenant_id uuid not null,
                          id uuid not null,
                          name varchar(200) not null,
                          kind varchar(20) not null,
                          status varchar(20) not null,
                          created_at timestamptz not null,
                          version bigint not null default 0,
                          constraint %<s_kind_ck check (kind in ('ORGANIZATION', 'INDIVIDUAL'))
                        )""".formatted(table));
                // the same statement fills both tables, so both hold the same rows in the same physical order
                // (clustered by tenant: the cheapest layout for the query, where RLS's fixed cost weighs the most)
                try (PreparedStatement ps = owner.prepareStatement("""
                        insert into %s (tenant_id, id, name, kind, status, created_at)
                        select md5('tenant-' || t)::uuid,
                               md5('client-' || t || '-' || r)::uuid,
                               initcap(translate(substr(md5('name-' || t || '-' || r), 1, 10), '0123456789', 'aeioubdkmr'))
                                 || (array[' LLP', ' GmbH', ' Ltd', ' & Partners', ' Studio', ' Agency', ' Tbk', ''])[1 + r %% 8],
                               case when r %% 3 = 0 then 'INDIVIDUAL' else 'ORGANIZATION' end,
                               (array['LEAD', 'ONBOARDING', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ARCHIVED'])[1 + (t + r) %% 6],
                               timestamptz '2026-11-22 00:00:00+00' - make_interval(mins => r * 37 + t)
                        from generate_series(1, ?) as t, generate_series(1, ?) as r
                        order by t, r""".formatted(table))) {
                    ps.setInt(1, settings.tenants());
                    ps.setInt(2, settings.rowsPerTenant());
                    ps.executeUpdate();
                }
                st.execute("alter table " + table + " add constraint " + table + "_pk primary key (tenant_id, id)");
                st.execute("create index " + table + "_name_ix on " + table + " (tenant_id, name)");
            }
            st.execute("alter table " + RLS_TABLE + " enable row level security");
            st.execute("alter table " + RLS_TABLE + " force row level security");
            st.execute("""
                    create policy %s on %s
                      using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
                      with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
                    """.formatted(POLICY, RLS_TABLE));
            st.execute("grant select on " + RLS_TABLE + " to " + APP_ROLE);
            for (String table : List.of(RLS_TABLE, TWIN_TABLE)) {
                st.execute("vacuum (analyze) " + table);
                st.execute("comment on table " + table + " is '" + marker() + "'");
            }
        }
        // write the freshly seeded pages out now rather than during the measurement
        try (Connection admin = connectAsAdmin(true); Statement st = admin.createStatement()) {
            st.execute("checkpoint");
        }
    }

    private String marker() {
        return "klien-bench rls-overhead v1: tenants=" + settings.tenants() + " rows_per_tenant="
                + settings.rowsPerTenant();
    }

    private void ensureRole(Connection admin, String role) throws SQLException {
        if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
            return;
        }
        try (Statement st = admin.createStatement()) {
            st.execute("create role " + role + " login password '" + settings.rolePassword().replace("'", "''")
                    + "' nosuperuser nocreatedb nocreaterole nobypassrls noreplication");
        }
        System.out.println("  created role " + role);
    }

    static boolean exists(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long single(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
