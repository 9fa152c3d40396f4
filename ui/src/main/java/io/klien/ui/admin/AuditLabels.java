package io.klien.ui.admin;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, translated words for what the audit log stores as codes: actions ({@code membership.added}), roles and
 * statuses inside the before/after summaries ({@code role=TENANT_ADMIN}). A code without its own text (a module
 * that records something new) still reads as words: its area's name and the rest of the code spelled out.
 */
final class AuditLabels {

    /** Actions with their own text under {@code audit.code.<action>}. */
    static final Set<String> KNOWN_ACTIONS = Set.of(
            "tenant.created", "branding.changed",
            "membership.added", "membership.role-changed", "membership.deactivated", "membership.status-changed",
            "invitation.accepted",
            "client.updated", "client.merged", "client.status-changed", "client.contact-added",
            "client.contact-updated", "client.contact-made-primary", "client.team-member-added",
            "client.team-member-removed", "client.representative-changed",
            "lead.converted",
            "document.uploaded", "document.downloaded", "document.deleted",
            "onboarding.conflict-cleared", "onboarding.conflict-waived", "onboarding.conflict-confirmed",
            "onboarding.kyc-recorded",
            "onboarding.letter-linked",
            "contract.drafted", "contract.approval-requested", "contract.approved", "contract.rejected",
            "contract.sent", "contract.signature-recorded", "contract.signed", "contract.voided",
            "contract.terminated", "contract.amended", "contract.renewed", "contract.seal-key-rotated",
            "contract.viewed", "contract.read", "contract.consented", "contract.consent-withdrawn",
            "contract.code-sent", "contract.code-verified", "contract.code-failed", "contract.declined",
            "contract.completed", "contract.downloaded",
            "project.created", "project.status-changed", "project.team-changed", "project.milestone-completed",
            "project.completed", "project.deliverable-submitted", "project.deliverable-approved",
            "project.deliverable-changes-requested",
            "project.update-posted", "project.quota-threshold-reached", "project.satisfaction-rated");

    /** Areas (the part before the first dot) with their own text under {@code audit.area.<area>}. */
    static final Set<String> KNOWN_AREAS = Set.of(
            "tenant", "branding", "membership", "invitation", "client", "lead", "document", "onboarding", "contract",
            "project");

    private static final Set<String> ROLES = Set.of("TENANT_ADMIN", "STAFF", "CLIENT");
    private static final Set<String> STATUSES = Set.of("INVITED", "ACTIVE", "DEACTIVATED");
    private static final Pattern WORD_CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

    private final BiFunction<String, Object[], String> translate;

    /** {@code translate} is a view's {@code getTranslation}. */
    AuditLabels(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    /** What happened, e.g. "Member added" for {@code membership.added}. */
    String action(String code) {
        String normal = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (KNOWN_ACTIONS.contains(normal)) {
            return text("audit.code." + normal);
        }
        int dot = normal.indexOf('.');
        String area = dot < 0 ? normal : normal.substring(0, dot);
        String rest = dot < 0 ? "" : normal.substring(dot + 1);
        String areaText = KNOWN_AREAS.contains(area) ? text("audit.area." + area) : spelledOut(area);
        return rest.isEmpty() ? areaText : text("audit.code.unknown", areaText, spelledOut(rest));
    }

    /** A filter choice: an area prefix such as {@code client.} as the area's name. */
    String area(String prefix) {
        String area = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return KNOWN_AREAS.contains(area) ? text("audit.area." + area) : spelledOut(area);
    }

    /** A before/after summary with its role and status codes in words ({@code role=TENANT_ADMIN} → "role=Administrator"). */
    String summary(String value) {
        Matcher codes = WORD_CODE.matcher(value);
        StringBuilder readable = new StringBuilder();
        while (codes.find()) {
            String code = codes.group();
            String word = ROLES.contains(code) ? text("role." + code)
                    : STATUSES.contains(code) ? text("members.status." + code) : code;
            codes.appendReplacement(readable, Matcher.quoteReplacement(word));
        }
        codes.appendTail(readable);
        return readable.toString();
    }

    private String text(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }

    private static String spelledOut(String code) {
        String words = code.replace('-', ' ').replace('_', ' ').replace('.', ' ').strip();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
