package io.klien.ui.wall;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the wall and widget templates show; every text in it is plain and the templates escape it. */
final class WallView {

    private WallView() {
    }

    /** The firm as its pages wear it: name, colour (a checked hex value), logo address or its initial. */
    record Brand(String name, String color, @Nullable String logoUrl, String initial) {
    }

    /**
     * One testimonial: the stars are decoration, {@code ratingLabel} says them in words; {@code checks} the badge;
     * {@code pictureUrl} the author's photo or company logo where they are named in full, with its words.
     */
    record Item(String text, String author, @Nullable String title, @Nullable String company, int rating, String stars,
            String ratingLabel, boolean featured, List<String> checks, @Nullable String pictureUrl,
            @Nullable String pictureAlt) {
    }

    record Link(String url, String label, String language) {
    }

    record Pager(int page, int pages, String label, @Nullable String previous, @Nullable String next) {
    }
}
