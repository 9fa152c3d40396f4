package io.klien.ui.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.klien.contracts.PublicSealCheck;
import io.klien.contracts.SealRecord;
import io.klien.contracts.SealStatus;
import io.klien.contracts.SealVerification;
import io.klien.contracts.SignedBy;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.FirmFormats;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the verification page, drawn into one area: what a PDF is, what a code names, or why nothing was
 * checked. Times show in the sealing firm's zone and in UTC; nothing of a contract's content is ever shown.
 */
final class VerificationReport {

    private final Div area;
    private final FirmFormats formats;
    private final Tenants tenants;
    private final @Nullable TenantView pageFirm;

    VerificationReport(Div area, FirmFormats formats, Tenants tenants, @Nullable TenantView pageFirm) {
        this.area = area;
        this.formats = formats;
        this.tenants = tenants;
        this.pageFirm = pageFirm;
    }

    /** Why nothing was checked (too large, not a PDF, too many checks). */
    void problem(String message) {
        area.removeAll();
        area.getElement().setAttribute("data-outcome", "problem");
        Paragraph text = new Paragraph(message);
        text.setId("verify-problem");
        text.getElement().setAttribute("role", "alert");
        area.add(text);
    }

    void pdf(String fileName, PublicSealCheck check) {
        SealVerification result = check.verification();
        area.removeAll();
        String outcome = switch (result.status()) {
            case UNTOUCHED_ORIGINAL -> "original";
            case MODIFIED -> "modified";
            case NOT_KLIEN_DOCUMENT -> "not-klien";
        };
        area.getElement().setAttribute("data-outcome", outcome);
        Paragraph file = new Paragraph(area.getTranslation("verify.result.file", fileName));
        file.addClassName("klien-muted");
        area.add(headline("verify.outcome." + outcome), file);
        area.add(text("verify-finding", area.getTranslation("verify.finding." + result.finding().name())));
        UUID firmId = check.sealedBy();
        if (firmId != null) {
            String firmName = tenants.find(firmId).map(TenantView::displayName).orElse(result.sealedFor());
            area.add(text("verify-sealed-by", area.getTranslation("verify.sealed-by", firmName,
                    bothTimes(firmId, result.sealedAt()))));
            if (pageFirm != null && !pageFirm.id().equals(firmId)) {
                area.add(text("verify-other-firm", area.getTranslation("verify.other-firm", firmName,
                        pageFirm.displayName())));
            }
            if (result.status() == SealStatus.UNTOUCHED_ORIGINAL) {
                area.add(facts(result.verificationCode(), result.documentSha256(), null,
                        !result.signatories().isEmpty()));
                signatories(firmId, result.signatories()).ifPresent(area::add);
            } else {
                area.add(text("verify-ask-firm", area.getTranslation("verify.ask-firm", firmName)));
            }
        }
        Div fileHash = fact("verify-file-sha256", "verify.file-sha256", result.fileSha256());
        area.add(fileHash);
    }

    void code(UUID firmId, SealRecord record) {
        area.removeAll();
        area.getElement().setAttribute("data-outcome", "code-found");
        area.add(headline("verify.code.found"));
        area.add(text("verify-sealed-at", area.getTranslation("verify.code.sealed-at", bothTimes(firmId,
                record.sealedAt()))));
        area.add(facts(record.verificationCode(), record.documentSha256(), record.sealedSha256(),
                !record.signatories().isEmpty()));
        signatories(firmId, record.signatories()).ifPresent(area::add);
        area.add(text("verify-compare", area.getTranslation("verify.code.compare")));
    }

    void codeUnknown(String firmName) {
        area.removeAll();
        area.getElement().setAttribute("data-outcome", "code-unknown");
        area.add(headline("verify.code.unknown"));
        area.add(text("verify-code-unknown", area.getTranslation("verify.code.unknown.text", firmName)));
    }

    private H2 headline(String key) {
        H2 headline = new H2(area.getTranslation(key));
        headline.setId("verify-outcome");
        return headline;
    }

    private static Paragraph text(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    /** The recorded hashes; a document nobody signed (an acceptance certificate) has no certificate page to speak of. */
    private Div facts(@Nullable String code, @Nullable String documentSha256, @Nullable String sealedSha256,
            boolean signed) {
        Div facts = new Div();
        facts.addClassName("klien-verify-facts");
        facts.add(fact("verify-code-value", "verify.code-label", code));
        facts.add(fact("verify-document-sha256", signed ? "verify.document-sha256" : "verify.document-sha256.unsigned",
                documentSha256));
        if (sealedSha256 != null) {
            facts.add(fact("verify-sealed-sha256", "verify.sealed-sha256", sealedSha256));
        }
        return facts;
    }

    private Div fact(String id, String labelKey, @Nullable String value) {
        Span label = new Span(area.getTranslation(labelKey));
        label.addClassName("klien-muted");
        Span shown = new Span(value == null ? "" : value);
        shown.setId(id);
        shown.addClassName("klien-verify-hash");
        Div fact = new Div(label, shown);
        fact.addClassName("klien-verify-fact");
        return fact;
    }

    /** Who signed, for a signed contract; nothing for a document sealed without signatures. */
    private Optional<Component> signatories(UUID firmId, List<SignedBy> signatories) {
        if (signatories.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        list.setId("verify-signatories");
        for (SignedBy signatory : signatories) {
            list.add(new ListItem(area.getTranslation("verify.signed", signatory.name(), signatory.party(),
                    bothTimes(firmId, signatory.signedAt()))));
        }
        return Optional.of(new Div(new Paragraph(area.getTranslation("verify.signatories")), list));
    }

    /** "6 Dec 2026, 14:30 (Asia/Jakarta) · 6 Dec 2026, 07:30 UTC" */
    private String bothTimes(UUID firmId, @Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var firm = formats.of(firmId);
        return area.getTranslation("verify.both-times", firm.dateTime(instant), firm.zone().getId(),
                formats.utc().dateTime(instant));
    }
}
