package io.klien.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Predicate;

import io.klien.shared.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits event publications whose listener has not completed: failed, or left behind by a process that died. Runs
 * on one replica at a time (a cluster lock); a publication is retried once it is older than the configured age, and
 * again at most that often, up to a number of attempts.
 */
@Component
public class OutstandingEvents {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);
    /** The cluster lock a resubmission run holds. */
    public static final String LOCK = "event-publication-resubmission";

    private final IncompleteEventPublications incomplete;
    private final ClusterLock lock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;

    OutstandingEvents(IncompleteEventPublications incomplete, ClusterLock lock, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${klien.events.resubmission.max-attempts:50}") int maxAttempts) {
        this.incomplete = incomplete;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Resubmits the incomplete publications older than the given age (and not resubmitted within it), unless another
     * replica is doing so; returns whether this one did.
     */
    public boolean resubmitOlderThan(Duration age) {
        return resubmitOlderThan(age, publication -> true);
    }

    /** Like {@link #resubmitOlderThan(Duration)}, for the publications the filter selects. */
    public boolean resubmitOlderThan(Duration age, Predicate<EventPublication> filter) {
        return lock.runExclusively(LOCK, () -> {
            Instant before = clock.instant().minus(age);
            int stuck = releaseStuckResubmissions(before);
            if (stuck > 0) {
                log.warn("{} event publications were resubmitted before {} and never finished; retrying them", stuck,
                        before);
            }
            int[] exhausted = new int[1];
            incomplete.resubmitIncompletePublications(publication -> {
                if (!filter.test(publication) || !due(publication, before)) {
                    return false;
                }
                if (publication.getCompletionAttempts() >= maxAttempts) {
                    exhausted[0]++;
                    return false;
                }
                return true;
            });
            if (exhausted[0] > 0) {
                log.error("{} event publications failed {} times and are no longer resubmitted: see the"
                        + " event_publication table", exhausted[0], maxAttempts);
            }
        });
    }

    private static boolean due(EventPublication publication, Instant before) {
        if (!publication.getPublicationDate().isBefore(before)) {
            return false;
        }
        Instant lastTry = publication.getLastResubmissionDate();
        return lastTry == null || lastTry.isBefore(before);
    }

    /**
     * A publication claimed for resubmission by a process that died stays RESUBMITTED, which the registry never claims
     * again; after the age it counts as failed.
     */
    private int releaseStuckResubmissions(Instant before) {
        Integer released = transaction.execute(status -> jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?""")
                .param(before.atOffset(ZoneOffset.UTC))
                .update());
        return released == null ? 0 : released;
    }
}
