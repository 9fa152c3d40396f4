package io.klien.projects.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out an acceptance certificate on A4 pages: a heading, then label and value rows wrapped to the page, printed
 * in DejaVu Sans (the font the contracts are printed in, shipped in {@code contract-fonts/}; each file embeds the
 * subset it uses). Characters the font cannot print become "?".
 */
final class AcceptanceCertificatePdf {

    /**
     * A row: a label, and its value as lines (each wrapped on its own); a wide row prints its value under the label
     * across the page (a fingerprint that must stay on one line).
     */
    record Row(String label, List<String> lines, boolean wide) {

        Row(String label, List<String> lines) {
            this(label, lines, false);
        }
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 150;
    private static final float SIZE = 10;
    private static final float LEADING = SIZE * 1.45f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final TrueTypeFont regularFile;
    private PDPageContentStream content;
    private float y;

    private AcceptanceCertificatePdf() throws IOException {
        regularFile = parse("DejaVuSans.ttf");
        TrueTypeFont boldFile = parse("DejaVuSans-Bold.ttf");
        document.registerTrueTypeFontForClosing(regularFile);
        document.registerTrueTypeFontForClosing(boldFile);
        regular = PDType0Font.load(document, regularFile, true);
        bold = PDType0Font.load(document, boldFile, true);
        content = newPage();
    }

    /** The certificate as a PDF: the title, an introduction, the rows, and a closing note. */
    static byte[] render(String title, String introduction, List<Row> rows, String closing, java.time.Instant at) {
        try {
            AcceptanceCertificatePdf pdf = new AcceptanceCertificatePdf();
            try (PDDocument document = pdf.document) {
                pdf.text(title, pdf.bold, 18, MARGIN, PAGE.getWidth() - 2 * MARGIN);
                pdf.y -= 8;
                pdf.text(introduction, pdf.regular, SIZE, MARGIN, PAGE.getWidth() - 2 * MARGIN);
                pdf.y -= 10;
                for (Row row : rows) {
                    pdf.row(row);
                }
                pdf.y -= 10;
                pdf.text(closing, pdf.regular, 8, MARGIN, PAGE.getWidth() - 2 * MARGIN);
                pdf.content.close();
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setProducer("Klien");
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                created.setTimeInMillis(at.toEpochMilli());
                info.setCreationDate(created);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not render the acceptance certificate", e);
        }
    }

    private void row(Row row) throws IOException {
        if (row.wide()) {
            float width = PAGE.getWidth() - 2 * MARGIN;
            text(row.label(), bold, SIZE, MARGIN, width);
            for (String line : row.lines()) {
                text(line, regular, SIZE, MARGIN, width);
            }
            y -= 4;
            return;
        }
        float valueX = MARGIN + LABEL_WIDTH;
        float valueWidth = PAGE.getWidth() - MARGIN - valueX;
        keep(LEADING);
        float top = y;
        text(row.label(), bold, SIZE, MARGIN, LABEL_WIDTH - 8);
        float afterLabel = y;
        y = top;
        for (String line : row.lines()) {
            text(line, regular, SIZE, valueX, valueWidth);
        }
        y = Math.min(y, afterLabel) - 4;
    }

    /** Writes the text wrapped at spaces (a word wider than the line is cut) from the current line down. */
    private void text(String text, PDType0Font font, float size, float x, float width) throws IOException {
        for (String line : wrap(printable(text), font, size, width)) {
            keep(size * 1.45f);
            y -= size;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
            y -= size * 0.45f;
        }
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, rest, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean prints;
            try {
                prints = cp == '\n' || regularFile.getUnicodeCmapLookup().getGlyphId(cp) != 0;
            } catch (IOException e) {
                prints = false;
            }
            out.appendCodePoint(prints ? cp : '?');
        });
        return out.toString();
    }

    private void keep(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            content = newPage();
        }
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        y = PAGE.getHeight() - MARGIN;
        return new PDPageContentStream(document, page);
    }

    private static TrueTypeFont parse(String file) throws IOException {
        try (InputStream in = AcceptanceCertificatePdf.class.getResourceAsStream("/contract-fonts/" + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is missing from contract-fonts/");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
