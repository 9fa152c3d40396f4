package io.klien.testimonials.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands a new single-use link token from the ask to its mail, in memory only: the database keeps the token's hash,
 * and the event the mail listens to (kept in the event registry) does not carry the token. A token whose ask rolled
 * back is dropped; one the mail never took (another replica resubmitted the mail, or this one restarted) is dropped
 * after an hour, and the mail then issues a fresh token for the ask instead.
 */
@Component
class PendingLinkTokens {

    private static final Duration KEPT = Duration.ofHours(1);

    private record Pending(String token, Instant since) {
    }

    private final Map<UUID, Pending> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingLinkTokens(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the ask's token for its mail, unless the ask's transaction rolls back. */
    void keep(UUID requestId, String token) {
        Instant now = clock.instant();
        tokens.values().removeIf(p -> p.since().plus(KEPT).isBefore(now));
        tokens.put(requestId, new Pending(token, now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        tokens.remove(requestId);
                    }
                }
            });
        }
    }

    /** The ask's token, once: a second call finds none. */
    Optional<String> take(UUID requestId) {
        return Optional.ofNullable(tokens.remove(requestId)).map(Pending::token);
    }
}
