package io.klien.ui.wall;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.TenantRebranded;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.TestimonialModerated;
import io.klien.testimonials.TestimonialSubmitted;
import io.klien.testimonials.TestimonialWithdrawn;
import io.klien.testimonials.Testimonials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public testimonial pages' memory, per firm: what the firm may show per place and language, read once and served
 * from here until a testimonial of the firm changes. The testimonials module's events (a withdrawal, any moderation:
 * approve, reject, publish or unpublish, feature, tag, suggested edits; a client's edit) empty the firm's entries as
 * soon as their transaction commits, so the next request reads the new state: a withdrawn testimonial is gone from
 * the very next page, feed and widget. A load that began before the commit finishes into entries no later request
 * sees. Entries also expire after {@code klien.wall.cache.ttl} (default 5 minutes), for what no event announces
 * (a contract signed or a project completed changes the "verified client" facts). The firm found by its slug and its
 * logo are kept for {@code klien.wall.cache.firm-ttl} (30 s; a rebranding empties them at once).
 * <p>
 * <b>Per node.</b> The cache lives in each application instance and the events are delivered in the instance that
 * made the change. With several replicas the others keep their copy until the TTL ends: to make withdrawal
 * immediate everywhere, externalize these events (Spring Modulith's event externalization to a broker every node
 * listens to) or set the TTL to seconds. Browsers and CDNs always revalidate (ETag, {@code Cache-Control: no-cache}),
 * so they never hold a copy longer than the nodes do.
 */
@Component
class WallCache {

    private record DataKey(ConsentScope scope, String language) {
    }

    private record Timed<T>(T value, long expiresAt) {
    }

    /** Unknown slugs are remembered too (so a flood of them does not reach the database); this many at most. */
    private static final int MAX_SLUGS = 10_000;

    private final Testimonials testimonials;
    private final Tenants tenants;
    private final Clock clock;
    private final long ttlMillis;
    private final long firmTtlMillis;
    private final ConcurrentHashMap<UUID, ConcurrentHashMap<DataKey, CompletableFuture<WallData>>> data =
            new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timed<Optional<TenantView>>> firms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Timed<Optional<FirmLogo>>> logos = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    WallCache(Testimonials testimonials, Tenants tenants, Clock clock,
            @Value("${klien.wall.cache.ttl:PT5M}") Duration ttl,
            @Value("${klien.wall.cache.firm-ttl:PT30S}") Duration firmTtl) {
        this.testimonials = testimonials;
        this.tenants = tenants;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.firmTtlMillis = firmTtl.toMillis();
    }

    /** The active firm with this public slug; empty for a slug no active firm has. */
    Optional<TenantView> firm(String slug) {
        long now = clock.millis();
        Timed<Optional<TenantView>> known = firms.get(slug);
        if (known != null && known.expiresAt() > now) {
            return known.value();
        }
        Optional<TenantView> found = TenantContext.callIn(Scope.visitor(null), () -> tenants.findPublic(slug));
        if (firms.size() >= MAX_SLUGS) {
            firms.clear();
        }
        firms.put(slug, new Timed<>(found, now + firmTtlMillis));
        return found;
    }

    Optional<FirmLogo> logo(TenantView firm) {
        if (!firm.hasLogo()) {
            return Optional.empty();
        }
        long now = clock.millis();
        Timed<Optional<FirmLogo>> known = logos.get(firm.id());
        if (known != null && known.expiresAt() > now) {
            return known.value();
        }
        Optional<FirmLogo> logo = TenantContext.callIn(Scope.visitor(firm.id()), tenants::logo);
        logos.put(firm.id(), new Timed<>(logo, now + firmTtlMillis));
        return logo;
    }

    /**
     * What the firm may show in the place, named in the language: from memory, or read once (concurrent requests for
     * the same entry wait for that one read).
     */
    WallData published(TenantView firm, ConsentScope scope, Locale language) {
        DataKey key = new DataKey(scope, language.getLanguage());
        sweepExpired();
        while (true) {
            ConcurrentHashMap<DataKey, CompletableFuture<WallData>> ofFirm =
                    data.computeIfAbsent(firm.id(), id -> new ConcurrentHashMap<>());
            CompletableFuture<WallData> entry = ofFirm.get(key);
            if (entry != null) {
                if (!entry.isDone()) {
                    return await(entry);
                }
                WallData known = entry.isCompletedExceptionally() ? null : entry.join();
                if (known != null && known.loadedAt() + ttlMillis > clock.millis()) {
                    return known;
                }
                ofFirm.remove(key, entry);
                continue;
            }
            CompletableFuture<WallData> mine = new CompletableFuture<>();
            if (ofFirm.putIfAbsent(key, mine) != null) {
                continue;
            }
            try {
                long now = clock.millis();
                WallData loaded = new WallData(TenantContext.callIn(Scope.visitor(firm.id()),
                        () -> testimonials.publishedFor(scope, language)), now);
                mine.complete(loaded);
                return loaded;
            } catch (RuntimeException e) {
                ofFirm.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** Once per TTL, drops expired entries of firms nobody asked for since (they would otherwise stay). */
    private void sweepExpired() {
        long now = clock.millis();
        if (now < nextSweep) {
            return;
        }
        nextSweep = now + ttlMillis;
        data.values().forEach(ofFirm -> ofFirm.values().removeIf(entry -> entry.isDone()
                && (entry.isCompletedExceptionally() || entry.join().loadedAt() + ttlMillis <= now)));
        data.values().removeIf(ConcurrentHashMap::isEmpty);
    }

    private static WallData await(CompletableFuture<WallData> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Forgets everything the firm may show: the next request reads it again. */
    void forget(UUID tenantId) {
        data.remove(tenantId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialWithdrawn withdrawn) {
        forget(withdrawn.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialModerated moderated) {
        forget(moderated.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialSubmitted submitted) {
        forget(submitted.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantRebranded rebranded) {
        forget(rebranded.tenantId());
        logos.remove(rebranded.tenantId());
        firms.values().removeIf(known -> known.value().map(f -> f.id().equals(rebranded.tenantId())).orElse(false));
    }
}
