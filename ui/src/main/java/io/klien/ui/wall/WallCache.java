package io.klien.ui.wall;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.TenantRebranded;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.TestimonialModerated;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialSubmitted;
import io.klien.testimonials.TestimonialWithdrawn;
import io.klien.testimonials.Testimonials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public testimonial pages' memory, per firm: what the firm may show per place and language, read once and served
 * from here. The testimonials module's events keep it right as soon as their transaction commits:
 * <ul>
 * <li>whatever takes a testimonial off the pages (a withdrawal, a rejection, unpublishing, a client's edit that sends
 * it back to moderation) removes it from the firm's entries at once, without a read: the very next page, feed and
 * widget no longer show it. Reads still running at that moment are dropped or read again, so none of them can bring
 * it back;</li>
 * <li>whatever adds or changes what may be shown (approval, publishing, featuring, tags, an accepted suggested edit)
 * reads the firm's entries again in the background; requests get the previous ones until the new ones are in (the
 * benchmark's firm of 5,000 takes 2.6 s to read, which visitors no longer wait for).</li>
 * </ul>
 * Entries are read again in the background after {@code klien.wall.cache.ttl} (default 5 minutes), for what no event
 * announces (a contract signed or a project completed changes the "verified client" facts). The firm found by its
 * slug and its logo are kept for {@code klien.wall.cache.firm-ttl} (30 s; a rebranding empties them at once).
 * <p>
 * <b>Per node.</b> The cache lives in each application instance and the events are delivered in the instance that
 * made the change. Other replicas learn of it within {@code klien.wall.cache.check} (a second): a request checks the
 * ids of the firm's published testimonials at most that often and takes down what is no longer among them. Browsers
 * and CDNs always revalidate (ETag, {@code Cache-Control: no-cache}), so they never hold a copy longer than the nodes
 * do.
 */
@Component
class WallCache {

    private record DataKey(ConsentScope scope, String language) {
    }

    private record Timed<T>(T value, long expiresAt) {
    }

    /** One firm's entries; {@code generation} counts take-downs (guarded by the instance's lock). */
    private static final class FirmEntries {
        final ConcurrentHashMap<DataKey, CompletableFuture<WallData>> entries = new ConcurrentHashMap<>();
        final AtomicBoolean dirty = new AtomicBoolean();
        final AtomicBoolean refreshing = new AtomicBoolean();
        final AtomicBoolean checking = new AtomicBoolean();
        volatile long checkedAt;
        long generation;
    }

    private static final Logger log = LoggerFactory.getLogger(WallCache.class);

    /** Unknown slugs are remembered too (so a flood of them does not reach the database); this many at most. */
    private static final int MAX_SLUGS = 10_000;

    private final Testimonials testimonials;
    private final Tenants tenants;
    private final Clock clock;
    private final long ttlMillis;
    private final long firmTtlMillis;
    private final long checkMillis;
    private final ConcurrentHashMap<UUID, FirmEntries> data = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timed<Optional<TenantView>>> firms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Timed<Optional<FirmLogo>>> logos = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    WallCache(Testimonials testimonials, Tenants tenants, Clock clock,
            @Value("${klien.wall.cache.ttl:PT5M}") Duration ttl,
            @Value("${klien.wall.cache.firm-ttl:PT30S}") Duration firmTtl,
            @Value("${klien.wall.cache.check:PT1S}") Duration check) {
        this.checkMillis = check.toMillis();
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
     * the same entry wait for that one read). An entry past its TTL is still answered while a background read
     * replaces it.
     */
    WallData published(TenantView firm, ConsentScope scope, Locale language) {
        DataKey key = new DataKey(scope, language.getLanguage());
        sweepExpired();
        FirmEntries ofFirm = data.computeIfAbsent(firm.id(), id -> {
            FirmEntries fresh = new FirmEntries();
            fresh.checkedAt = clock.millis();
            return fresh;
        });
        while (true) {
            CompletableFuture<WallData> entry = ofFirm.entries.get(key);
            if (entry != null) {
                if (!entry.isDone()) {
                    return await(entry);
                }
                if (entry.isCompletedExceptionally()) {
                    ofFirm.entries.remove(key, entry);
                    continue;
                }
                if (checkAgainstTheDatabase(firm.id(), ofFirm)) {
                    continue;
                }
                WallData known = entry.join();
                if (known.loadedAt() + ttlMillis <= clock.millis() && !ofFirm.refreshing.get()) {
                    refresh(firm.id(), ofFirm);
                }
                return known;
            }
            CompletableFuture<WallData> mine = new CompletableFuture<>();
            if (ofFirm.entries.putIfAbsent(key, mine) != null) {
                continue;
            }
            try {
                WallData loaded = load(firm.id(), key);
                mine.complete(loaded);
                return loaded;
            } catch (RuntimeException e) {
                ofFirm.entries.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
    }

    /**
     * What another node changed reaches this one within {@code klien.wall.cache.check} (a second by default): at most
     * that often per firm, one request reads which of the firm's testimonials are published now (ids only) and takes
     * down at once whatever this node still shows that is no longer among them (withdrawn, unpublished, rejected or
     * edited on another replica, whose events this node never saw); a new one starts a background read as an event
     * would. Returns whether something was taken down (the caller reads its entry again).
     */
    private boolean checkAgainstTheDatabase(UUID tenantId, FirmEntries ofFirm) {
        long now = clock.millis();
        if (now - ofFirm.checkedAt < checkMillis || !ofFirm.checking.compareAndSet(false, true)) {
            return false;
        }
        try {
            Set<UUID> published = TenantContext.callIn(Scope.visitor(tenantId), testimonials::publishedIds);
            ofFirm.checkedAt = now;
            Set<UUID> shown = new HashSet<>();
            ofFirm.entries.values().stream().filter(e -> e.isDone() && !e.isCompletedExceptionally())
                    .forEach(e -> e.join().testimonials().forEach(t -> shown.add(t.id())));
            boolean tookDown = false;
            for (UUID id : shown) {
                if (!published.contains(id)) {
                    takeDown(tenantId, id);
                    tookDown = true;
                }
            }
            if (!shown.containsAll(published)) {
                refresh(tenantId, ofFirm);
            }
            return tookDown;
        } catch (RuntimeException e) {
            log.warn("Could not check the published testimonials of firm {}; the next request will", tenantId, e);
            return false;
        } finally {
            ofFirm.checking.set(false);
        }
    }

    private WallData load(UUID tenantId, DataKey key) {
        long now = clock.millis();
        return new WallData(TenantContext.callIn(Scope.visitor(tenantId),
                () -> testimonials.publishedFor(key.scope(), Locale.forLanguageTag(key.language()))), now);
    }

    /** Once per TTL, drops the entries nobody asked for in a whole TTL after they expired (they would stay). */
    private void sweepExpired() {
        long now = clock.millis();
        if (now < nextSweep) {
            return;
        }
        nextSweep = now + ttlMillis;
        data.values().forEach(ofFirm -> ofFirm.entries.values().removeIf(entry -> entry.isDone()
                && (entry.isCompletedExceptionally() || entry.join().loadedAt() + 2 * ttlMillis <= now)));
    }

    private static WallData await(CompletableFuture<WallData> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * A testimonial may no longer be shown (withdrawn, rejected, taken down, edited back into moderation): it leaves
     * every entry of the firm now, without a read. Reads still running may have seen it: they are dropped (a request
     * waiting for one gets what it asked for before the change), and a background read started before this discards
     * its result and reads again.
     */
    void takeDown(UUID tenantId, UUID testimonialId) {
        FirmEntries ofFirm = data.get(tenantId);
        if (ofFirm == null) {
            return;
        }
        synchronized (ofFirm) {
            ofFirm.generation++;
            ofFirm.entries.forEach((key, entry) -> {
                if (!entry.isDone() || entry.isCompletedExceptionally()) {
                    ofFirm.entries.remove(key, entry);
                } else {
                    WallData without = entry.join().without(testimonialId);
                    if (without != entry.join()) {
                        ofFirm.entries.replace(key, entry, CompletableFuture.completedFuture(without));
                    }
                }
            });
        }
    }

    /**
     * Something may now be shown that was not, or differently (approved, published, featured, tagged, a suggested
     * edit accepted): the firm's entries are read again in the background and replace the old ones when done; until
     * then requests get the old ones. Refreshes of one firm run one at a time, and changes during one run it again.
     */
    void refresh(UUID tenantId) {
        FirmEntries ofFirm = data.get(tenantId);
        if (ofFirm != null) {
            refresh(tenantId, ofFirm);
        }
    }

    private void refresh(UUID tenantId, FirmEntries ofFirm) {
        ofFirm.dirty.set(true);
        if (ofFirm.refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("wall-refresh").start(() -> refreshing(tenantId, ofFirm));
        }
    }

    private void refreshing(UUID tenantId, FirmEntries ofFirm) {
        do {
            while (ofFirm.dirty.getAndSet(false)) {
                for (DataKey key : List.copyOf(ofFirm.entries.keySet())) {
                    long generation;
                    synchronized (ofFirm) {
                        generation = ofFirm.generation;
                    }
                    try {
                        WallData fresh = load(tenantId, key);
                        synchronized (ofFirm) {
                            if (ofFirm.generation == generation) {
                                ofFirm.entries.put(key, CompletableFuture.completedFuture(fresh));
                            } else {
                                ofFirm.dirty.set(true);
                            }
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not read the published testimonials of firm {} again; the next request will",
                                tenantId, e);
                        ofFirm.entries.remove(key);
                    }
                }
            }
            ofFirm.refreshing.set(false);
        } while (ofFirm.dirty.get() && ofFirm.refreshing.compareAndSet(false, true));
    }

    /** Forgets everything the firm may show: the next request reads it again. */
    void forget(UUID tenantId) {
        data.remove(tenantId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialWithdrawn withdrawn) {
        takeDown(withdrawn.tenantId(), withdrawn.testimonialId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialModerated moderated) {
        if (moderated.published() && moderated.state() == TestimonialState.APPROVED) {
            refresh(moderated.tenantId());
        } else {
            takeDown(moderated.tenantId(), moderated.testimonialId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TestimonialSubmitted submitted) {
        // a new testimonial waits for moderation; an edited one has left every page until it is approved again
        takeDown(submitted.tenantId(), submitted.testimonialId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantRebranded rebranded) {
        forget(rebranded.tenantId());
        logos.remove(rebranded.tenantId());
        firms.values().removeIf(known -> known.value().map(f -> f.id().equals(rebranded.tenantId())).orElse(false));
    }
}
