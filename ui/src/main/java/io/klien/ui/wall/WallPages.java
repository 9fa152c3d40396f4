package io.klien.ui.wall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import io.klien.shared.time.Formats;
import io.klien.tenancy.TenantView;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.PublishedTestimonial;
import io.klien.testimonials.VerifiedFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the wall, the widget, the feed and the neutral not-found page from cached data: Thymeleaf templates
 * ({@code templates/wall/*.html}, every text through {@code th:text}, so escaped) and JSON written with
 * {@link HtmlSafeJson}.
 */
@Component
class WallPages {

    static final int PAGE_SIZE = 50;
    static final int WIDGET_DEFAULT = 5;
    static final int WIDGET_MAX = 20;
    static final String DEFAULT_COLOR = "#1f4e79";
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}");

    private final ITemplateEngine templates;
    private final I18NProvider translations;
    private final String publicUrl;

    WallPages(ITemplateEngine templates, I18NProvider translations,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.templates = templates;
        this.translations = translations;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    static String wallPath(String slug) {
        return "/wall/" + slug;
    }

    /** The brand colour rule every page of the firm carries inline; its hash goes into the page's CSP. */
    static String brandStyle(TenantView firm) {
        return ":root{--wall-brand:" + color(firm) + "}";
    }

    static String styleHash(TenantView firm) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(brandStyle(firm).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(sha) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String color(TenantView firm) {
        return HEX_COLOR.matcher(firm.primaryColor()).matches() ? firm.primaryColor() : DEFAULT_COLOR;
    }

    byte[] wall(TenantView firm, WallData data, Locale language, int page) {
        WallTexts texts = new WallTexts(translations, language);
        int pages = data.pages(PAGE_SIZE);
        String base = wallPath(firm.slug()) + "?lang=" + language.getLanguage();
        List<PublishedTestimonial> shown = data.page(page, PAGE_SIZE);
        Map<String, Object> model = common(firm, language, texts);
        model.put("items", items(shown, firm, language, texts));
        model.put("total", data.total());
        model.put("canonical", publicUrl + base + (page > 1 ? "&page=" + page : ""));
        model.put("pager", new WallView.Pager(page, pages, texts.t("wall.page", page, pages),
                page > 1 ? base + "&page=" + (page - 1) : null, page < pages ? base + "&page=" + (page + 1) : null));
        model.put("otherLanguage", otherLanguage(wallPath(firm.slug()), language, page, texts));
        model.put("jsonLd", jsonLd(firm, data, shown, language, page));
        return render("wall/wall", language, model);
    }

    byte[] widget(TenantView firm, WallData data, Locale language, int limit) {
        WallTexts texts = new WallTexts(translations, language);
        Map<String, Object> model = common(firm, language, texts);
        model.put("items", items(data.page(1, limit), firm, language, texts));
        model.put("total", data.total());
        return render("wall/widget", language, model);
    }

    byte[] notFound(Locale language) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.getLanguage());
        model.put("texts", new WallTexts(translations, language));
        return render("wall/not-found", language, model);
    }

    /** The feed: one page of what the firm may show in the place, as plain JSON strings. */
    byte[] feed(TenantView firm, WallData data, ConsentScope scope, Locale language, int page) {
        int pages = data.pages(PAGE_SIZE);
        String self = publicUrl + wallPath(firm.slug()) + "/feed.json?scope=" + scope.name().toLowerCase(Locale.ROOT)
                + "&lang=" + language.getLanguage();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("firm", object("name", firm.displayName(), "wall", publicUrl + wallPath(firm.slug())));
        feed.put("scope", scope.name().toLowerCase(Locale.ROOT));
        feed.put("language", language.getLanguage());
        feed.put("total", data.total());
        feed.put("page", page);
        feed.put("pages", pages);
        feed.put("next", page < pages ? self + "&page=" + (page + 1) : null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublishedTestimonial t : data.page(page, PAGE_SIZE)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", t.id().toString());
            item.put("rating", t.rating());
            item.put("text", t.text());
            item.put("author", t.shownName());
            item.put("title", t.title());
            item.put("company", t.company());
            item.put("picture", t.picture() == null ? null : publicUrl + picturePath(firm.slug(), t, scope));
            item.put("featured", t.featured());
            item.put("serviceLine", t.serviceLine());
            item.put("industry", t.industry());
            VerifiedFacts facts = t.verified();
            Map<String, Object> verified = new LinkedHashMap<>();
            verified.put("signedContract", facts.signedContract());
            verified.put("clientSince", facts.clientSince() == null ? null : facts.clientSince().toString());
            verified.put("projectCompleted", facts.projectCompleted());
            item.put("verified", verified);
            items.add(item);
        }
        feed.put("testimonials", items);
        return HtmlSafeJson.MAPPER.writeValueAsBytes(feed);
    }

    private Map<String, Object> common(TenantView firm, Locale language, WallTexts texts) {
        Map<String, Object> model = new HashMap<>();
        String name = firm.displayName();
        model.put("lang", language.getLanguage());
        model.put("texts", texts);
        model.put("brand", new WallView.Brand(name, color(firm),
                firm.hasLogo() ? wallPath(firm.slug()) + "/logo" : null,
                name.isBlank() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(language)));
        model.put("brandStyle", brandStyle(firm));
        model.put("wallUrl", wallPath(firm.slug()) + "?lang=" + language.getLanguage());
        return model;
    }

    private static WallView.Link otherLanguage(String path, Locale language, int page, WallTexts texts) {
        String other = "id".equals(language.getLanguage()) ? "en" : "id";
        return new WallView.Link(path + "?lang=" + other + (page > 1 ? "&page=" + page : ""),
                texts.t("wall.language.other"), other);
    }

    private static List<WallView.Item> items(List<PublishedTestimonial> testimonials, TenantView firm,
            Locale language, WallTexts texts) {
        Formats formats = new Formats(zoneOf(firm), language);
        List<WallView.Item> items = new ArrayList<>(testimonials.size());
        for (PublishedTestimonial t : testimonials) {
            items.add(new WallView.Item(t.text(), t.shownName(), t.title(), t.company(), t.rating(),
                    "★".repeat(t.rating()) + "☆".repeat(5 - t.rating()), texts.t("wall.rating", t.rating()),
                    t.featured(), checks(t.verified(), formats, texts),
                    t.picture() == null ? null : picturePath(firm.slug(), t, ConsentScope.WEBSITE),
                    t.picture() == null ? null : texts.t("wall.picture." + t.picture().name(), t.shownName())));
        }
        return items;
    }

    /** Where a testimonial's picture is served for a place; its version in the address so a new one is fetched. */
    static String picturePath(String slug, PublishedTestimonial t, ConsentScope scope) {
        return wallPath(slug) + "/pictures/" + t.id() + "?scope=" + scope.name().toLowerCase(Locale.ROOT);
    }

    /** What Klien checked about the author, one line each: always who gave it, then the facts the firm has. */
    static List<String> checks(VerifiedFacts facts, Formats formats, WallTexts texts) {
        List<String> checks = new ArrayList<>(4);
        checks.add(texts.t("wall.verified.given"));
        if (facts.signedContract()) {
            checks.add(texts.t("wall.verified.contract"));
        }
        if (facts.clientSince() != null) {
            checks.add(texts.t("wall.verified.since", formats.date(facts.clientSince())));
        }
        if (facts.projectCompleted()) {
            checks.add(texts.t("wall.verified.project"));
        }
        return checks;
    }

    private static ZoneId zoneOf(TenantView firm) {
        try {
            return ZoneId.of(firm.timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** schema.org: the firm as an Organization with its rating and the reviews of this page, authors as shown. */
    private String jsonLd(TenantView firm, WallData data, List<PublishedTestimonial> shown, Locale language,
            int page) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@context", "https://schema.org");
        organization.put("@type", "Organization");
        organization.put("name", firm.displayName());
        organization.put("url", publicUrl + wallPath(firm.slug()) + "?lang=" + language.getLanguage()
                + (page > 1 ? "&page=" + page : ""));
        if (firm.hasLogo()) {
            organization.put("logo", publicUrl + wallPath(firm.slug()) + "/logo");
        }
        if (data.total() > 0) {
            organization.put("aggregateRating", object("@type", "AggregateRating",
                    "ratingValue", Math.round(data.averageRating() * 10) / 10.0, "reviewCount", data.total(),
                    "bestRating", 5, "worstRating", 1));
        }
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (PublishedTestimonial t : shown) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@type", "Review");
            review.put("reviewBody", t.text());
            review.put("reviewRating", object("@type", "Rating", "ratingValue", t.rating(), "bestRating", 5,
                    "worstRating", 1));
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("@type", "Person");
            author.put("name", t.shownName());
            if (t.title() != null) {
                author.put("jobTitle", t.title());
            }
            if (t.company() != null) {
                author.put("worksFor", object("@type", "Organization", "name", t.company()));
            }
            review.put("author", author);
            reviews.add(review);
        }
        if (!reviews.isEmpty()) {
            organization.put("review", reviews);
        }
        return HtmlSafeJson.MAPPER.writeValueAsString(organization);
    }

    /** A JSON object with its members in the order given. */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    private byte[] render(String template, Locale language, Map<String, Object> model) {
        return templates.process(template, new Context(language, model)).getBytes(StandardCharsets.UTF_8);
    }
}
