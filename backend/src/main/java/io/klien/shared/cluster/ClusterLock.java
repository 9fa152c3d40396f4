package io.klien.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A lock that one replica of the application holds at a time: a PostgreSQL session advisory lock
 * ({@code pg_try_advisory_lock}) taken on a connection of its own and held for the whole of the work, so the work's
 * own transactions come and go underneath it. If the process dies, PostgreSQL ends the session and frees the lock.
 * Needs session-level connections to PostgreSQL (a transaction-pooling proxy would break it).
 */
@Component
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work if no replica holds the named lock; returns whether it ran. */
    public boolean runExclusively(String name, Runnable work) {
        return callExclusively(name, () -> {
            work.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs the work if no replica holds the named lock; returns its result, or null when another replica holds it. */
    public <T> @Nullable T callExclusively(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection, name)) {
                log.debug("Lock {} is held elsewhere; skipping", name);
                return null;
            }
            try {
                return work.get();
            } finally {
                unlock(connection, name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the cluster lock " + name, e);
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "klien-cluster-lock:" + name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
            ps.setString(1, "klien-cluster-lock:" + name);
            ps.execute();
        }
    }
}
