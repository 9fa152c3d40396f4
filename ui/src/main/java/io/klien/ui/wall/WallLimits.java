package io.klien.ui.wall;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests one client address may make to the public testimonial pages: a token bucket per address that
 * holds {@code klien.wall.rate-limit.burst} requests (default {@value #DEFAULT_BURST}) and refills at
 * {@code klien.wall.rate-limit.per-second} (default {@value #DEFAULT_PER_SECOND}). A visitor reading the wall page by
 * page never meets it; a script that floods the feed does, and only its own address is refused. Each address has its
 * own bucket (no lock shared across addresses on the hot path). The address is the one the servlet container reports,
 * i.e. the X-Forwarded-For of a trusted proxy (server.forward-headers-strategy=native). Counted per application
 * instance: behind N replicas an address gets up to N times the rate, which is fine for what this protects (the
 * server's time, not secrets). The benchmark raises the limit (see benchmarks/README.md).
 */
@Component
class WallLimits {

    static final int DEFAULT_BURST = 120;
    static final int DEFAULT_PER_SECOND = 5;
    /** Past this many tracked addresses, buckets that have filled up again (idle addresses) are forgotten. */
    private static final int SWEEP_ABOVE = 20_000;

    private final Clock clock;
    private final double burst;
    private final double perNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    WallLimits(Clock clock, @Value("${klien.wall.rate-limit.burst:" + DEFAULT_BURST + "}") int burst,
            @Value("${klien.wall.rate-limit.per-second:" + DEFAULT_PER_SECOND + "}") int perSecond) {
        if (burst < 1 || perSecond < 1) {
            throw new IllegalArgumentException("klien.wall.rate-limit.burst and .per-second must be at least 1");
        }
        this.clock = clock;
        this.burst = burst;
        this.perNano = perSecond / 1e9;
    }

    /**
     * Takes one request from the address's bucket: empty when it may go ahead, else the whole seconds until the next
     * one is allowed (for Retry-After). A refused request takes nothing.
     */
    OptionalLong take(String address) {
        long now = nanos();
        if (buckets.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        return buckets.computeIfAbsent(address, a -> new Bucket(burst, now)).take(now, burst, perNano);
    }

    private void sweep(long now) {
        if (sweeping.compareAndSet(false, true)) {
            try {
                buckets.values().removeIf(bucket -> bucket.fullAt(now, burst, perNano));
            } finally {
                sweeping.set(false);
            }
        }
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized OptionalLong take(long now, double burst, double perNano) {
            refill(now, burst, perNano);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)));
        }

        synchronized boolean fullAt(long now, double burst, double perNano) {
            refill(now, burst, perNano);
            return tokens >= burst;
        }

        private void refill(long now, double burst, double perNano) {
            if (now > updated) {
                tokens = Math.min(burst, tokens + (now - updated) * perNano);
                updated = now;
            }
        }
    }
}
