package io.klien.ui.wall;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML a firm pastes into its own site to show its testimonials: an iframe of {@code /wall/<firm>/widget}. The
 * widget page allows framing by any site (and only it: every other page of Klien refuses to be framed); it needs no
 * script on the firm's site. Sites that prefer their own markup read {@code /wall/<firm>/feed.json} (CORS open, GET
 * only, no credentials).
 */
public final class WallSnippet {

    private WallSnippet() {
    }

    /** The address of the firm's public wall. */
    public static String wall(String publicUrl, String slug) {
        return publicUrl.replaceAll("/+$", "") + WallPages.wallPath(slug);
    }

    /** The address of the firm's JSON feed (what it may show on its website). */
    public static String feed(String publicUrl, String slug) {
        return wall(publicUrl, slug) + "/feed.json";
    }

    /**
     * The snippet for a firm: {@code publicUrl} is Klien's public address (klien.public-url), {@code language} "en" or
     * "id" (null: the visitor's browser language), {@code title} the iframe's accessible name (e.g. "Testimonials of
     * Hartono &amp; Partners", in the site's language).
     */
    public static String iframe(String publicUrl, String slug, @org.jspecify.annotations.Nullable String language,
            String title) {
        String src = wall(publicUrl, slug) + "/widget"
                + (language == null ? "" : "?lang=" + language);
        return "<iframe src=\"" + HtmlUtils.htmlEscape(src) + "\" title=\"" + HtmlUtils.htmlEscape(title)
                + "\" width=\"100%\" height=\"560\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\""
                + " style=\"border:0;max-width:720px\"></iframe>";
    }
}
