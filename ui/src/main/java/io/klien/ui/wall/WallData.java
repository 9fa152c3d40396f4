package io.klien.ui.wall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.klien.testimonials.PublishedTestimonial;

/**
 * What one firm may show in one place, in one reader's language, as read at one moment: the testimonials (featured
 * first), a digest of all of them (the seed of every ETag, so two nodes holding the same data answer the same ETag),
 * and the pages rendered from them so far.
 */
final class WallData {

    /**
     * Rendered pages kept per data (per firm, place and language): up to this many bytes (all 100 wall pages of a
     * firm with 5,000 testimonials take about 6.4 MB); past it, a page is rendered on each request.
     */
    static final long MEMO_BYTES = 8L * 1024 * 1024;

    private final List<PublishedTestimonial> testimonials;
    private final String digest;
    private final double averageRating;
    private final long loadedAt;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final AtomicLong renderedBytes = new AtomicLong();

    WallData(List<PublishedTestimonial> testimonials, long loadedAt) {
        this.testimonials = List.copyOf(testimonials);
        this.loadedAt = loadedAt;
        this.averageRating = testimonials.stream().mapToInt(PublishedTestimonial::rating).average().orElse(0);
        this.digest = digest(this.testimonials);
    }

    List<PublishedTestimonial> testimonials() {
        return testimonials;
    }

    int total() {
        return testimonials.size();
    }

    double averageRating() {
        return averageRating;
    }

    long loadedAt() {
        return loadedAt;
    }

    String digest() {
        return digest;
    }

    /** The same data without one testimonial (taken down), or this when it is not here; nothing rendered is kept. */
    WallData without(UUID testimonialId) {
        if (testimonials.stream().noneMatch(t -> t.id().equals(testimonialId))) {
            return this;
        }
        return new WallData(testimonials.stream().filter(t -> !t.id().equals(testimonialId)).toList(), loadedAt);
    }

    int pages(int pageSize) {
        return Math.max(1, (testimonials.size() + pageSize - 1) / pageSize);
    }

    List<PublishedTestimonial> page(int page, int pageSize) {
        int from = Math.min(testimonials.size(), (page - 1) * pageSize);
        return testimonials.subList(from, Math.min(testimonials.size(), from + pageSize));
    }

    /** The bytes of a rendering of this data: made once while the budget lasts, then on each request. */
    byte[] rendered(String key, Supplier<byte[]> render) {
        byte[] known = rendered.get(key);
        if (known != null) {
            return known;
        }
        byte[] made = render.get();
        if (renderedBytes.get() < MEMO_BYTES && rendered.putIfAbsent(key, made) == null) {
            renderedBytes.addAndGet(made.length);
        }
        return made;
    }

    private static String digest(List<PublishedTestimonial> testimonials) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PublishedTestimonial t : testimonials) {
                // records print every component: any change of text, name, rating, order or facts changes the digest
                sha.update(t.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
