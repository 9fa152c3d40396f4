package io.klien.contracts.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import io.klien.contracts.TermName;

/**
 * The title and body of an amendment in the firm's language ({@code amendment.*} in the contract texts): the body
 * names the contract and, with merge fields, the new value of each changed term, so the signed PDF shows them.
 */
final class AmendmentDocument {

    private static final int TITLE_MAX = 200;

    private final ResourceBundle bundle;

    public AmendmentDocument(Locale language) {
        this.bundle = ResourceBundle.getBundle("contract-texts/contract", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "Amendment n to <title>", the original's title shortened when the whole would be too long. */
    public String title(int number, String contractTitle) {
        String pattern = bundle.getString("amendment.title").replace("{0}", String.valueOf(number));
        int room = TITLE_MAX - (pattern.length() - "{1}".length());
        String shortened = contractTitle.length() <= room ? contractTitle
                : contractTitle.substring(0, Math.max(0, room - 1)).strip() + "…";
        return pattern.replace("{1}", shortened);
    }

    /** Markdown with merge fields: what the amendment changes, each changed term with its new value. */
    public String body(String contractTitle, Set<TermName> changed) {
        StringBuilder body = new StringBuilder();
        body.append(bundle.getString("amendment.intro").replace("{0}", escaped(contractTitle))).append("\n\n");
        body.append("## ").append(bundle.getString("amendment.heading")).append("\n\n");
        for (TermName term : TermName.values()) {
            if (changed.contains(term)) {
                body.append("- ").append(bundle.getString("amendment.term." + term.name())).append('\n');
            }
        }
        return body.toString();
    }

    /** A title as plain text inside Markdown: no merge fields, emphasis or links of its own. */
    private static String escaped(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+!<>|~])", "\\\\$1");
    }
}
