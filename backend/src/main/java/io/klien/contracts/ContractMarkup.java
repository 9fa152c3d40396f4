package io.klien.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.klien.shared.DomainException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Contract bodies are Markdown with merge fields ({@code {{client.name}}}). Raw HTML and images are refused when a
 * template or contract is saved (they could carry scripts or fetch from outside), an unknown merge field is refused
 * by name rather than left blank, merged values are text (never markup), and the preview HTML is cleaned against an
 * allow-list on top.
 */
public final class ContractMarkup {

    /** Every merge field a body may use. */
    public static final Set<String> FIELDS = Set.of("client.name", "client.contact", "firm.name", "contract.date",
            "terms.scope", "terms.fee", "terms.payment", "terms.start", "terms.end", "terms.renewal",
            "terms.notice-days", "terms.quota", "terms.late-payment", "terms.termination-notice-days",
            "terms.termination-fee", "terms.confidentiality", "terms.exclusivity", "terms.service-level");

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final int MAX_BODY = 100_000;
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist PREVIEW = Safelist.relaxed().removeTags("img");

    private ContractMarkup() {
    }

    /** The body, checked: not empty, no raw HTML or images, only known merge fields. */
    public static String validated(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.onField("body", "contracts.template.body-required");
        }
        if (body.length() > MAX_BODY) {
            throw DomainException.onField("body", "contracts.template.body-too-long", MAX_BODY);
        }
        for (String field : fieldsIn(body)) {
            if (!FIELDS.contains(field)) {
                throw DomainException.onField("body", "contracts.template.unknown-field", field);
            }
        }
        List<String> refused = new ArrayList<>();
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                refused.add(html.getLiteral().strip());
            }

            @Override
            public void visit(HtmlInline html) {
                refused.add(html.getLiteral().strip());
            }

            @Override
            public void visit(Image image) {
                refused.add("![](" + image.getDestination() + ")");
            }
        });
        if (!refused.isEmpty()) {
            String first = refused.getFirst();
            throw DomainException.onField("body", "contracts.template.raw-html",
                    first.length() > 60 ? first.substring(0, 60) + "…" : first);
        }
        return body.strip();
    }

    /** The merge fields a body uses, in order of first use. */
    public static Set<String> fieldsIn(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The body with every merge field replaced by its value as literal text (Markdown punctuation escaped), refusing a
     * field without a value by name.
     */
    public static String merge(String body, Map<String, String> values) {
        Matcher m = FIELD.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw DomainException.onField("body", "contracts.template.unknown-field", m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Safe HTML for a preview of merged Markdown. */
    public static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        return Jsoup.clean(HTML.render(document), PREVIEW);
    }

    /** Merges the values into a validated body and renders the preview. */
    public static String preview(String body, Map<String, String> values) {
        return toHtml(merge(validated(body), values));
    }

    /** Text that Markdown shows as typed: ASCII punctuation escaped, line breaks kept inside the paragraph. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.replace("\r", "").replace('\n', ' ').toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|&~\"'".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
