package io.klien.contracts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.klien.contracts.ContractDocument;
import io.klien.contracts.ContractParty;
import io.klien.contracts.Signatory;
import io.klien.contracts.SigningEvent;
import io.klien.contracts.internal.ContractFonts.Style;
import io.klien.contracts.internal.PageComposer.Run;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders contracts to PDF: the Markdown body and the signature page first (the signed document, whose SHA-256 the
 * certificate names), then the certificate of completion appended to it. Markdown is laid out from its syntax tree
 * directly: no HTML is produced or interpreted, links print as their text and images are never fetched.
 */
final class ContractRenderer {

    private static final float BODY = 10.5f;
    private static final float SMALL = 9f;
    private static final Parser MARKDOWN = Parser.builder().build();

    private ContractRenderer() {
    }

    /** The contract as its signatories signed it: body, then each signature's visible appearance. */
    static byte[] signedDocument(ContractDocument contract) {
        ContractTexts texts = new ContractTexts(contract.locale(), contract.zone());
        try (PDDocument document = new PDDocument()) {
            ContractFonts.Loaded fonts = ContractFonts.loadInto(document);
            PageComposer page = new PageComposer(document, fonts);
            page.newPage();
            page.paragraph(contract.title(), Style.BOLD, 16);
            page.space(8);
            blocks(page, MARKDOWN.parse(contract.markdownBody()), 0);
            signatures(document, page, contract, texts);
            page.finish();
            int pages = document.getNumberOfPages();
            PageComposer.decorate(document, fonts, 0, pages, contract.firmName(), contract.title(),
                    n -> texts.get("contract.page", n, pages));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(contract.title());
            info.setAuthor(contract.firmName());
            info.setProducer("Klien");
            return bytes(document);
        } catch (IOException e) {
            throw new IllegalStateException("Could not render the contract", e);
        }
    }

    /**
     * The signed document with the certificate of completion appended and the verification code recorded in its
     * metadata, ready to seal.
     */
    static byte[] withCertificate(byte[] signedDocument, ContractDocument contract, String documentSha256,
            String verificationCode, java.time.Instant sealedAt) {
        ContractTexts texts = new ContractTexts(contract.locale(), contract.zone());
        try (PDDocument document = Loader.loadPDF(signedDocument)) {
            int signedPages = document.getNumberOfPages();
            ContractFonts.Loaded fonts = ContractFonts.loadInto(document);
            PageComposer page = new PageComposer(document, fonts);
            page.newPage();
            page.paragraph(texts.get("certificate.title"), Style.BOLD, 16);
            page.space(6);
            page.paragraph(texts.get("certificate.intro", contract.firmName()), Style.REGULAR, SMALL);
            section(page, texts.get("certificate.document"));
            line(page, texts.get("certificate.document.title", contract.title()));
            line(page, texts.get("certificate.document.sha256", documentSha256));
            line(page, texts.get("certificate.document.pages", signedPages));
            page.paragraph(List.of(new Run(texts.get("certificate.verification-code", verificationCode), Style.BOLD)),
                    BODY, 0, null);
            line(page, texts.get("certificate.verification-how"));
            line(page, texts.get("certificate.sealed", texts.firmTime(sealedAt), ContractTexts.utc(sealedAt)));
            section(page, texts.get("certificate.parties"));
            for (ContractParty party : contract.parties()) {
                page.paragraph(List.of(new Run(party.name(), Style.BOLD), new Run(" - " + party.role(), Style.REGULAR)),
                        SMALL, 12, "•");
            }
            section(page, texts.get("certificate.signatories"));
            for (Signatory signatory : contract.signatories()) {
                page.keep(4 * SMALL * 1.4f);
                page.paragraph(List.of(new Run(texts.get("certificate.signatory", signatory.name(), signatory.email(),
                        signatory.party()), Style.BOLD)), SMALL, 12, "•");
                page.paragraph(List.of(new Run(texts.get("certificate.signatory.at", texts.firmTime(signatory.signedAt()),
                        ContractTexts.utc(signatory.signedAt())), Style.REGULAR)), SMALL, 12, null);
                page.paragraph(List.of(new Run(texts.get("certificate.signatory.from",
                        orUnknown(signatory.ipAddress(), texts), orUnknown(signatory.userAgent(), texts)),
                        Style.REGULAR)), SMALL, 12, null);
                page.space(3);
            }
            section(page, texts.get("certificate.events"));
            for (SigningEvent event : contract.events()) {
                page.keep(3 * SMALL * 1.4f);
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(texts.get("certificate.event", texts.firmTime(event.at()), ContractTexts.utc(event.at()),
                        event.description()), Style.BOLD));
                if (event.actor() != null) {
                    runs.add(new Run(" " + texts.get("certificate.event.actor", event.actor()), Style.REGULAR));
                }
                page.paragraph(runs, SMALL, 12, "•");
                if (event.ipAddress() != null || event.userAgent() != null) {
                    page.paragraph(List.of(new Run(texts.get("certificate.event.from", orUnknown(event.ipAddress(), texts),
                            orUnknown(event.userAgent(), texts)), Style.REGULAR)), SMALL, 12, null);
                }
                page.space(2);
            }
            page.finish();
            int total = document.getNumberOfPages();
            String footer = texts.get("certificate.title") + " - " + texts.get("certificate.verification-code",
                    verificationCode);
            PageComposer.decorate(document, fonts, signedPages, total, contract.firmName(), contract.title(),
                    n -> footer + " - " + n + "/" + (total - signedPages));
            document.getDocumentInformation().setCustomMetadataValue(SealInspector.VERIFICATION_CODE_KEY,
                    verificationCode);
            // objects stay readable in the file (page content is still compressed), for whoever inspects a seal
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not render the certificate of completion", e);
        }
    }

    private static void signatures(PDDocument document, PageComposer page, ContractDocument contract,
            ContractTexts texts) throws IOException {
        page.space(14);
        page.keep(40 + 110);
        page.paragraph(texts.get("contract.signatures"), Style.BOLD, 13);
        page.space(6);
        for (Signatory signatory : contract.signatories()) {
            page.keep(110);
            byte[] drawn = signatory.drawnSignature();
            if (drawn != null) {
                page.image(PDImageXObject.createFromByteArray(document, drawn, "signature"), 200, 50);
            } else {
                page.space(16);
                page.paragraph(signatory.name(), Style.ITALIC, 22);
            }
            page.rule();
            page.paragraph(List.of(new Run(signatory.name(), Style.BOLD)), BODY, 0, null);
            page.paragraph(texts.get("contract.signature.party", signatory.party()), Style.REGULAR, SMALL);
            page.paragraph(texts.get("contract.signature.signed-at", texts.firmTime(signatory.signedAt())),
                    Style.REGULAR, SMALL);
            page.space(14);
        }
    }

    private static void section(PageComposer page, String title) throws IOException {
        page.space(10);
        page.keep(60);
        page.paragraph(title, Style.BOLD, 12);
        page.space(2);
    }

    private static void line(PageComposer page, String text) throws IOException {
        page.paragraph(text, Style.REGULAR, SMALL);
    }

    private static void blocks(PageComposer page, Node parent, float indent) throws IOException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(page, node, indent);
        }
    }

    private static void block(PageComposer page, Node node, float indent) throws IOException {
        switch (node) {
            case Heading heading -> {
                float size = switch (heading.getLevel()) {
                    case 1 -> 14f;
                    case 2 -> 12.5f;
                    default -> 11f;
                };
                page.space(6);
                page.keep(size * 4);
                page.paragraph(inlines(heading, Style.BOLD), size, indent, null);
                page.space(3);
            }
            case Paragraph paragraph -> {
                page.paragraph(inlines(paragraph, Style.REGULAR), BODY, indent, null);
                page.space(5);
            }
            case BulletList list -> items(page, list, indent, false, 1);
            case OrderedList list -> items(page, list, indent, true,
                    list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            case BlockQuote quote -> blocks(page, quote, indent + 18);
            case FencedCodeBlock code -> literal(page, code.getLiteral(), indent);
            case IndentedCodeBlock code -> literal(page, code.getLiteral(), indent);
            case HtmlBlock html -> literal(page, html.getLiteral(), indent);
            case ThematicBreak ignored -> page.rule();
            default -> blocks(page, node, indent);
        }
    }

    private static void items(PageComposer page, Node list, float indent, boolean ordered, int start)
            throws IOException {
        int number = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = ordered ? number++ + "." : "•";
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (first && child instanceof Paragraph paragraph) {
                    page.paragraph(inlines(paragraph, Style.REGULAR), BODY, indent + 18, marker);
                    page.space(3);
                } else {
                    block(page, child, indent + 18);
                }
                first = false;
            }
        }
        page.space(3);
    }

    private static void literal(PageComposer page, String text, float indent) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String line : text.strip().split("\n", -1)) {
            if (!runs.isEmpty()) {
                runs.add(Run.LINE_BREAK);
            }
            runs.add(new Run(line, Style.REGULAR));
        }
        page.paragraph(runs, SMALL, indent, null);
        page.space(5);
    }

    private static List<Run> inlines(Node parent, Style style) {
        List<Run> runs = new ArrayList<>();
        inlines(parent, style, runs);
        return runs;
    }

    private static void inlines(Node parent, Style style, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> runs.add(new Run(text.getLiteral(), style));
                case Code code -> runs.add(new Run(code.getLiteral(), style));
                case HtmlInline html -> runs.add(new Run(html.getLiteral(), style));
                case SoftLineBreak ignored -> runs.add(new Run(" ", style));
                case HardLineBreak ignored -> runs.add(Run.LINE_BREAK);
                case StrongEmphasis strong -> inlines(strong, Style.BOLD, runs);
                case Emphasis emphasis -> inlines(emphasis, style == Style.BOLD ? Style.BOLD : Style.ITALIC, runs);
                default -> inlines(node, style, runs);
            }
        }
    }

    private static String orUnknown(@org.jspecify.annotations.Nullable String value, ContractTexts texts) {
        return value == null || value.isBlank() ? texts.get("certificate.unknown") : value;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
