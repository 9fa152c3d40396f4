package io.klien.projects;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the statements Hibernate prepares for a piece of work, for tests that a read takes a fixed number. */
public final class HibernateStatements {

    private HibernateStatements() {
    }

    /**
     * The statements of the work: the least of three runs, as listeners of other tests (mail, notifications) may run
     * meanwhile and Hibernate's statistics count the whole process.
     */
    public static long of(EntityManagerFactory emf, Runnable work) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long least = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                statistics.clear();
                work.run();
                least = Math.min(least, statistics.getPrepareStatementCount());
            }
            return least;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
