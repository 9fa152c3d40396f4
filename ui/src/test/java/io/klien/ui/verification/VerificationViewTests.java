package io.klien.ui.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.klien.contracts.ContractDocument;
import io.klien.contracts.ContractParty;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.SealedContract;
import io.klien.contracts.Signatory;
import io.klien.contracts.SigningEvent;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public verification page as a visitor who has not signed in uses it: a contract sealed by the test's own Hartono
 * &amp; Partners, checked as it is, changed, on another firm's page and by its code.
 */
@SpringBootTest
class VerificationViewTests extends DemoFirmBrowserlessTest {

    private static final String TITLE = "Engagement Letter Verification Sample";
    /** Sealed once per firm copy: the whole set runs twice, each time in new firms. */
    private static volatile SealedContract sealed;
    private static volatile UUID sealedFor;

    @Autowired
    ContractSeals seals;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void sealAContractOfHartonoOnce() {
        UUID firm = OwnFirms.current().hartono();
        if (!firm.equals(sealedFor)) {
            sealed = TenantContext.callIn(Scope.system(firm), () -> seals.seal(letter()));
            sealedFor = firm;
        }
    }

    @Test
    void theSealedPdfOnItsFirmsPageIsAnUntouchedOriginalWithWhoSignedWhenInTheFirmsZoneAndUtc() {
        openFirmPage();
        assertThat($(Div.class).id("verify-brand").getElement().getTextRecursively()).contains(firmName(OwnFirms.current().hartono()));

        upload("engagement.pdf", sealed.pdf());

        assertThat(outcome()).isEqualTo("Untouched Klien original");
        assertThat($(Paragraph.class).id("verify-sealed-by").getText())
                .startsWith("Sealed by " + firmName(OwnFirms.current().hartono()))
                .contains("(Asia/Jakarta)").contains("UTC");
        assertThat($(Span.class).id("verify-document-sha256").getText()).isEqualTo(sealed.documentSha256());
        assertThat($(Span.class).id("verify-code-value").getText()).isEqualTo(sealed.verificationCode());
        assertThat($(Span.class).id("verify-file-sha256").getText()).isEqualTo(sealed.sealedSha256());
        assertThat($(UnorderedList.class).id("verify-signatories").getElement().getTextRecursively())
                .contains("Sari Wulandari for PT Sentosa Abadi, on Dec 3, 2026, 4:20\u202FPM (Asia/Jakarta) \u00b7 Dec 3, 2026, 9:20\u202FAM UTC")
                .contains("Rudi Santoso");
        assertThat(resultText()).doesNotContain(TITLE).doesNotContain("retainer");
        assertThat(hasComponent("verify-other-firm")).isFalse();
    }

    @Test
    void oneFlippedByteIsModifiedAfterSealing() {
        byte[] pdf = sealed.pdf().clone();
        int at = indexOf(pdf, TITLE.getBytes(StandardCharsets.US_ASCII));
        pdf[at] = 'e';
        openFirmPage();

        upload("flipped.pdf", pdf);

        assertThat(outcome()).isEqualTo("Modified after sealing");
        assertThat($(Paragraph.class).id("verify-finding").getText()).contains("changed after sealing");
        assertThat(hasComponent("verify-signatories")).as("nothing of the record for a changed file").isFalse();
    }

    @Test
    void anIncrementalUpdateAfterTheSealIsModifiedAfterSealing() throws IOException {
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(sealed.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage added = new PDPage(PDRectangle.A4);
            document.addPage(added);
            added.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            pdf = out.toByteArray();
        }
        assertThat(pdf.length).isGreaterThan(sealed.pdf().length);
        openFirmPage();

        upload("added-page.pdf", pdf);

        assertThat(outcome()).isEqualTo("Modified after sealing");
        assertThat($(Paragraph.class).id("verify-finding").getText()).contains("added to the file after it was sealed");
    }

    @Test
    void aPdfWithoutSealIsNotAKlienDocument() throws IOException {
        openFirmPage();

        upload("plain.pdf", plainPdf());

        assertThat(outcome()).isEqualTo("Not a Klien-sealed document");
        assertThat($(Paragraph.class).id("verify-finding").getText()).isEqualTo("The PDF carries no seal.");
        assertThat(hasComponent("verify-sealed-by")).isFalse();
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWithAClearMessageWhateverItsName() {
        openFirmPage();

        // the browser takes files named .pdf only; the server looks at what the file is
        upload("contract.pdf", "just some notes, no PDF".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("verify-problem").getText())
                .isEqualTo("\u201ccontract.pdf\u201d is not a PDF file, so it was not checked. Nothing was stored.");
        assertThat(hasComponent("verify-outcome")).isFalse();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsCheckedAndNothingIsStored() {
        long sealsBefore = sealCount();
        openFirmPage();
        byte[] huge = new byte[ContractSeals.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);

        upload("huge.pdf", huge);

        assertThat($(Paragraph.class).id("verify-problem").getText())
                .isEqualTo("This file is larger than 20 MB. A sealed contract is much smaller, so it was not checked, "
                        + "and nothing was stored.");
        assertThat(hasComponent("verify-outcome")).isFalse();
        assertThat(sealCount()).isEqualTo(sealsBefore);
    }

    @Test
    void theCodeShowsWhenAndWhoSignedAndTheHashesButNothingOfTheContract() {
        openFirmPage();

        enterCode(sealed.verificationCode().toLowerCase(Locale.ROOT));

        assertThat(outcome()).isEqualTo("A sealed document is recorded under this code");
        assertThat($(Span.class).id("verify-document-sha256").getText()).isEqualTo(sealed.documentSha256());
        assertThat($(Span.class).id("verify-sealed-sha256").getText()).isEqualTo(sealed.sealedSha256());
        assertThat($(Paragraph.class).id("verify-compare").getText()).contains("Compare the SHA-256 of your copy");
        assertThat(resultText()).doesNotContain(TITLE).doesNotContain("retainer").doesNotContain("sari@");
    }

    @Test
    void anUnknownCodeSaysNothingIsRecordedUnderIt() {
        openFirmPage();

        enterCode("ABCD-EFGH-JKMN-PQRS");

        assertThat(outcome()).isEqualTo("No document under this code");
        assertThat($(Paragraph.class).id("verify-code-unknown").getText())
                .contains(firmName(OwnFirms.current().hartono()));
    }

    @Test
    void aVisitorWhoChecksTooOftenIsToldToWaitAndIsNotAnswered() {
        openFirmPage();
        for (int i = 0; i < VerificationLimits.PER_VISIT; i++) {
            enterCode("ZZZZ-ZZZZ-ZZZZ-ZZ" + (char) ('A' + i % 20) + "0");
            assertThat(outcome()).as("check %d", i + 1).isEqualTo("No document under this code");
        }

        enterCode(sealed.verificationCode());

        assertThat($(Paragraph.class).id("verify-problem").getText())
                .isEqualTo("Too many checks from here in a short time. Please try again in 10 minutes.");
        assertThat(hasComponent("verify-outcome")).isFalse();
        upload("engagement.pdf", sealed.pdf());
        assertThat($(Paragraph.class).id("verify-problem").getText()).startsWith("Too many checks");
    }

    @Test
    void onAnotherFirmsPageTheOriginalIsStillTruthfullyAnOriginalOfTheFirmThatSealedIt() {
        TenantView kanvas = firm(OwnFirms.current().kanvas());
        navigate(VerificationView.ROUTE + "/" + kanvas.slug(), VerificationView.class);
        assertThat($(Div.class).id("verify-brand").getElement().getTextRecursively()).contains(kanvas.displayName());

        upload("engagement.pdf", sealed.pdf());

        assertThat(outcome()).isEqualTo("Untouched Klien original");
        assertThat($(Paragraph.class).id("verify-other-firm").getText()).isEqualTo("This document was sealed by "
                + firmName(OwnFirms.current().hartono()) + ", not by " + kanvas.displayName() + ".");
        enterCode(sealed.verificationCode());
        assertThat(outcome()).as("codes are looked up in the page's firm only").isEqualTo("No document under this code");
    }

    @Test
    void withoutAFirmThePageIsKliensOwnChecksUploadsAndPointsCodesToTheFirmsPage() {
        navigate(VerificationView.ROUTE, VerificationView.class);
        assertThat($(Div.class).id("verify-brand").getElement().getTextRecursively()).isEqualTo("Klien");
        assertThat(hasComponent("verify-code")).isFalse();
        assertThat($(Paragraph.class).id("verify-code-elsewhere").getText()).contains("/verify/");

        upload("engagement.pdf", sealed.pdf());

        assertThat(outcome()).isEqualTo("Untouched Klien original");
        assertThat($(Paragraph.class).id("verify-sealed-by").getText())
                .startsWith("Sealed by " + firmName(OwnFirms.current().hartono()));
    }

    @Test
    void anUnknownSlugShowsTheSameNeutralPageAsNoFirm() {
        navigate(VerificationView.ROUTE + "/no-such-firm-" + UUID.randomUUID(), VerificationView.class);

        assertThat($(Div.class).id("verify-brand").getElement().getTextRecursively()).isEqualTo("Klien");
        assertThat($(Paragraph.class).id("verify-intro").getText())
                .isEqualTo("Upload a PDF to see whether it is a document sealed by a firm on Klien (a signed "
                        + "contract or an acceptance certificate) and not changed by a single byte since.");
        assertThat(hasComponent("verify-code")).isFalse();
    }

    private void openFirmPage() {
        navigate(VerificationView.ROUTE + "/" + OwnFirms.current().hartonoSlug(), VerificationView.class);
    }

    private void upload(String fileName, byte[] content) {
        test($(Upload.class).id("verify-upload")).upload(fileName, "application/pdf", content);
    }

    private void enterCode(String code) {
        test($(TextField.class).id("verify-code")).setValue(code);
        test($(Button.class).id("verify-code-check")).click();
    }

    private String outcome() {
        return $(H2.class).id("verify-outcome").getText();
    }

    private String resultText() {
        return $(Div.class).id("verify-result").getElement().getOuterHTML();
    }

    private boolean hasComponent(String id) {
        return $(com.vaadin.flow.component.Component.class).withId(id).exists();
    }

    private long sealCount() {
        return TenantContext.callIn(Scope.system(OwnFirms.current().hartono()),
                () -> tx.execute(status -> jdbc.queryForObject("select count(*) from contract_seal", Long.class)));
    }

    private TenantView firm(UUID id) {
        return TenantContext.callIn(Scope.system(id), () -> tenants.find(id)).orElseThrow();
    }

    private String firmName(UUID id) {
        return firm(id).displayName();
    }

    private static byte[] plainPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** A short retainer as the signing flow will hand it over: two client signatories and the firm's. */
    private static ContractDocument letter() {
        String firm = "Hartono & Partners";
        String client = "PT Sentosa Abadi";
        List<Signatory> signatories = List.of(
                new Signatory("Sari Wulandari", "sari@sentosa.test", client, Instant.parse("2026-12-03T09:20:00Z"),
                        "203.0.113.50", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0", null),
                new Signatory("Rudi Santoso", "rudi@hartono-law.test", firm, Instant.parse("2026-12-03T10:05:00Z"),
                        "192.0.2.44", "Mozilla/5.0 (Macintosh) Safari/605.1", null));
        List<SigningEvent> events = List.of(
                new SigningEvent(Instant.parse("2026-12-03T08:00:00Z"), "Sent for signature", "Rudi Santoso",
                        "192.0.2.44", null),
                new SigningEvent(Instant.parse("2026-12-03T09:20:00Z"), "Signed", "Sari Wulandari", "203.0.113.50",
                        null),
                new SigningEvent(Instant.parse("2026-12-03T10:05:00Z"), "Signed", "Rudi Santoso", "192.0.2.44", null));
        return new ContractDocument(TITLE, firm, Locale.ENGLISH, ZoneId.of("Asia/Jakarta"),
                "# Monthly retainer\n\nThe firm advises the client on its supplier contracts for a monthly retainer "
                        + "of **IDR 25,000,000**.\n",
                List.of(new ContractParty(firm, "Firm"), new ContractParty(client, "Client")), signatories, events);
    }
}
