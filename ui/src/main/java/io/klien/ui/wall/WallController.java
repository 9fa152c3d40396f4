package io.klien.ui.wall;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.i18n.I18NProvider;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.TenantView;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.TestimonialPicture;
import io.klien.testimonials.Testimonials;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A firm's public testimonial pages, without sign-in: the wall ({@code GET /wall/<firm>}, 50 per page with
 * {@code ?page=}), the widget for an iframe on the firm's own site ({@code /wall/<firm>/widget}, see
 * {@link WallSnippet}), the JSON feed ({@code /wall/<firm>/feed.json}, CORS open) and the firm's logo. Each shows only
 * what the firm's clients consented to for the place, in English or Bahasa Indonesia ({@code ?lang=}, else the
 * browser's language, else the firm's). A slug no active firm has gets one neutral "not found" page. Answers carry an
 * ETag and {@code Cache-Control: no-cache}: browsers and CDNs revalidate each time (a 304 costs nothing), so a
 * withdrawal shows at once. Spring MVC handler mappings run before the catch-all that forwards to Vaadin, so these
 * paths never reach a Vaadin view; {@code /wall/**} that is none of them gets the not-found page here.
 */
@Controller
class WallController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final Locale INDONESIAN = Locale.of("id");

    private final WallCache cache;
    private final WallPages pages;
    private final WallLimits limits;
    private final I18NProvider translations;
    private final Testimonials testimonials;

    WallController(WallCache cache, WallPages pages, WallLimits limits, I18NProvider translations,
            Testimonials testimonials) {
        this.testimonials = testimonials;
        this.cache = cache;
        this.pages = pages;
        this.limits = limits;
        this.translations = translations;
    }

    @GetMapping("/wall/{slug}")
    ResponseEntity<byte[]> wall(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String page, HttpServletRequest request) {
        return websitePage(slug, lang, request, "wall", false,
                data -> Math.min(number(page, 1), data.pages(WallPages.PAGE_SIZE)), pages::wall);
    }

    @GetMapping("/wall/{slug}/widget")
    ResponseEntity<byte[]> widget(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String limit, HttpServletRequest request) {
        return websitePage(slug, lang, request, "widget", true,
                data -> Math.min(Math.max(1, number(limit, WallPages.WIDGET_DEFAULT)), WallPages.WIDGET_MAX),
                pages::widget);
    }

    /** How a page of the website's testimonials is drawn: the wall's page number or the widget's count. */
    @FunctionalInterface
    private interface PageDrawing {
        byte[] draw(TenantView firm, WallData data, Locale language, int shown);
    }

    /**
     * The wall or the widget: the website's testimonials of the firm behind the slug, one page of them ({@code shownOf}
     * says which or how many), revalidated by ETag; framable only for the widget.
     */
    private ResponseEntity<byte[]> websitePage(String slug, @Nullable String lang, HttpServletRequest request,
            String kind, boolean framable, java.util.function.ToIntFunction<WallData> shownOf, PageDrawing drawing) {
        Optional<ResponseEntity<byte[]>> refused = refused(request, lang, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TenantView> found = cache.firm(slug);
        if (found.isEmpty()) {
            return notFound(language(request, lang, null));
        }
        TenantView firm = found.get();
        Locale language = language(request, lang, firm);
        WallData data = cache.published(firm, ConsentScope.WEBSITE, language);
        int shown = shownOf.applyAsInt(data);
        String etag = etag(data, firm, kind, language, shown);
        HttpHeaders headers = pageHeaders(firm, language, etag, framable);
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        byte[] body = data.rendered(kind + ":" + shown, () -> drawing.draw(firm, data, language, shown));
        return ResponseEntity.ok().headers(headers).contentType(HTML).body(body);
    }

    /**
     * The feed for the firm's own sites. Only public places: the website (default) and social media, each with
     * exactly the testimonials consented for it. Testimonials consented for proposals only are the firm's to put in
     * its proposals, not the public's to read, so that scope is refused here (staff read it in Klien).
     */
    @CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 86400)
    @GetMapping("/wall/{slug}/feed.json")
    ResponseEntity<byte[]> feed(@PathVariable String slug, @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String page, HttpServletRequest request) {
        Optional<ResponseEntity<byte[]>> refused = refused(request, lang, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TenantView> found = cache.firm(slug);
        if (found.isEmpty()) {
            Locale language = language(request, lang, null);
            return jsonError(HttpStatus.NOT_FOUND, text(language, "wall.not-found.text"));
        }
        TenantView firm = found.get();
        Locale language = language(request, lang, firm);
        ConsentScope place;
        String asked = scope == null ? "website" : scope.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (asked) {
            case "website" -> place = ConsentScope.WEBSITE;
            case "social_media" -> place = ConsentScope.SOCIAL_MEDIA;
            case "proposals" -> {
                return jsonError(HttpStatus.FORBIDDEN, text(language, "wall.feed.proposals"));
            }
            default -> {
                return jsonError(HttpStatus.BAD_REQUEST, text(language, "wall.feed.scope-unknown"));
            }
        }
        WallData data = cache.published(firm, place, language);
        int shown = Math.min(number(page, 1), data.pages(WallPages.PAGE_SIZE));
        String etag = etag(data, firm, "feed", language, shown);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_LANGUAGE));
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        byte[] body = data.rendered("feed:" + shown, () -> pages.feed(firm, data, place, language, shown));
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/wall/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug, HttpServletRequest request) {
        Optional<ResponseEntity<byte[]>> refused = refused(request, null, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<FirmLogo> logo = cache.firm(slug).flatMap(cache::logo);
        if (logo.isEmpty()) {
            return notFound(language(request, null, null));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.get().contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(logo.get().content());
    }

    /**
     * A testimonial's picture, only while it may be shown in the place (published there, named in full): revalidated
     * on every use like the pages, so a withdrawn or unpublished testimonial's picture is gone at once.
     */
    @GetMapping("/wall/{slug}/pictures/{testimonialId}")
    ResponseEntity<byte[]> picture(@PathVariable String slug, @PathVariable String testimonialId,
            @RequestParam(required = false) @Nullable String scope, HttpServletRequest request) {
        Optional<ResponseEntity<byte[]>> refused = refused(request, null, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        Locale language = language(request, null, null);
        Optional<TenantView> found = cache.firm(slug);
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(testimonialId);
        } catch (IllegalArgumentException notAnId) {
            return notFound(language);
        }
        ConsentScope place = "social_media".equals(scope) ? ConsentScope.SOCIAL_MEDIA : ConsentScope.WEBSITE;
        Optional<TestimonialPicture> picture = found.flatMap(firm -> TenantContext.callIn(Scope.visitor(firm.id()),
                () -> testimonials.publishedPicture(id, place)));
        if (picture.isEmpty()) {
            return notFound(language);
        }
        String etag = "\"" + id + "-" + picture.get().updatedAt().toEpochMilli() + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(picture.get().contentType()))
                .body(picture.get().content());
    }

    /** Any other address under /wall: the same neutral page as an unknown firm (never Vaadin's router). */
    @GetMapping({"/wall", "/wall/", "/wall/**"})
    ResponseEntity<byte[]> elsewhere(@RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        Optional<ResponseEntity<byte[]>> refused = refused(request, lang, false);
        return refused.orElseGet(() -> notFound(language(request, lang, null)));
    }

    private Optional<ResponseEntity<byte[]>> refused(HttpServletRequest request, @Nullable String lang,
            boolean json) {
        OptionalLong wait = limits.take(request.getRemoteAddr());
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        String message = text(language(request, lang, null), "wall.too-many", wait.getAsLong());
        ResponseEntity<byte[]> answer = json ? jsonError(HttpStatus.TOO_MANY_REQUESTS, message)
                : ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(TEXT)
                        .cacheControl(CacheControl.noStore()).body(message.getBytes(StandardCharsets.UTF_8));
        return Optional.of(ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong())).body(answer.getBody()));
    }

    private ResponseEntity<byte[]> notFound(Locale language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Security-Policy", policy(null, false));
        headers.set("X-Frame-Options", "DENY");
        headers.setCacheControl(CacheControl.noCache());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(headers).contentType(HTML)
                .body(pages.notFound(language));
    }

    private static ResponseEntity<byte[]> jsonError(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(HtmlSafeJson.MAPPER.writeValueAsBytes(Map.of("error", message)));
    }

    private static HttpHeaders pageHeaders(TenantView firm, Locale language, String etag, boolean framable) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_LANGUAGE));
        headers.set("Content-Security-Policy", policy(firm, framable));
        if (!framable) {
            headers.set("X-Frame-Options", "DENY");
        }
        return headers;
    }

    /**
     * No script runs on these pages (the JSON-LD block is data, not executed); styles come from the app's own
     * stylesheet plus the one inline rule with the firm's colour, allowed by its hash. Only the widget may be framed,
     * by any site (it is made to be embedded in the firm's own pages); everything else refuses framing.
     */
    static String policy(@Nullable TenantView firm, boolean framable) {
        return String.join("; ",
                "default-src 'none'",
                "script-src 'none'",
                "style-src 'self'" + (firm == null ? "" : " " + WallPages.styleHash(firm)),
                "img-src 'self'",
                "base-uri 'none'",
                "form-action 'none'",
                "frame-ancestors " + (framable ? "*" : "'none'"));
    }

    private static String etag(WallData data, TenantView firm, String kind, Locale language, int page) {
        String brand = firm.displayName() + '|' + firm.primaryColor() + '|' + firm.hasLogo();
        return "\"" + data.digest() + '-' + Integer.toHexString(brand.hashCode()) + '-' + kind + '-'
                + language.getLanguage() + '-' + page + "\"";
    }

    /** {@code ?lang=en|id}, else the first of the browser's languages Klien speaks, else the firm's (or English). */
    static Locale language(HttpServletRequest request, @Nullable String lang, @Nullable TenantView firm) {
        if (lang != null) {
            String asked = lang.strip().toLowerCase(Locale.ROOT);
            if (asked.equals("id") || asked.equals("en")) {
                return asked.equals("id") ? INDONESIAN : Locale.ENGLISH;
            }
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            var locales = request.getLocales();
            while (locales.hasMoreElements()) {
                String language = locales.nextElement().getLanguage();
                if (language.equals("id") || language.equals("in")) {
                    return INDONESIAN;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return firm != null && firm.locale().toLowerCase(Locale.ROOT).startsWith("id") ? INDONESIAN : Locale.ENGLISH;
    }

    private static int number(@Nullable String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private String text(Locale language, String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }
}
