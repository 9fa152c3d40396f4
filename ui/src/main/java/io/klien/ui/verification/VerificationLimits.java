package io.klien.ui.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How many checks a visitor of the verification page may make: {@value #PER_VISIT} per browser session and
 * {@value #PER_ADDRESS} per network address (an office behind one address) in any {@link #WINDOW}. Codes carry 80
 * random bits, so this is not what keeps them from being guessed; it keeps anyone from trying in bulk, and from
 * spending the server on uploads. Counted per application instance: sticky sessions keep a visit on one.
 */
@Component
public class VerificationLimits {

    static final int PER_VISIT = 20;
    static final int PER_ADDRESS = 200;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Past this many tracked keys, keys without a check in the window are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> checks = new HashMap<>();

    VerificationLimits(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a check by this visit from this address and lets it go ahead (empty), or refuses it and says how long
     * until the next one is allowed; a refused check is not counted.
     */
    public synchronized Optional<Duration> take(String visit, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (checks.size() > SWEEP_ABOVE) {
            checks.values().removeIf(times -> times.isEmpty() || !times.getLast().isAfter(since));
        }
        Deque<Instant> byVisit = recent("visit:" + visit, since);
        Deque<Instant> byAddress = recent("address:" + address, since);
        Instant allowedAgain = now;
        if (byVisit.size() >= PER_VISIT) {
            allowedAgain = byVisit.getFirst().plus(WINDOW);
        }
        if (byAddress.size() >= PER_ADDRESS && byAddress.getFirst().plus(WINDOW).isAfter(allowedAgain)) {
            allowedAgain = byAddress.getFirst().plus(WINDOW);
        }
        if (allowedAgain.isAfter(now)) {
            return Optional.of(Duration.between(now, allowedAgain));
        }
        byVisit.addLast(now);
        byAddress.addLast(now);
        return Optional.empty();
    }

    private Deque<Instant> recent(String key, Instant since) {
        Deque<Instant> times = checks.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.getFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }
}
