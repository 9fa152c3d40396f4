package io.klien.contracts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.klien.contracts.internal.ContractFonts.Style;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Lays text out on A4 pages: paragraphs of styled runs wrapped at word boundaries, indents and list markers, images
 * and rules, a new page whenever the current one is full. Characters the fonts cannot print become "?", so user text
 * never breaks rendering.
 */
final class PageComposer {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float TOP = PAGE.getHeight() - 78;
    static final float BOTTOM = 64;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    /** Text in one style; a run of "\n" ends the line. */
    record Run(String text, Style style) {

        static final Run LINE_BREAK = new Run("\n", Style.REGULAR);
    }

    private record Word(String text, Style style, float width, boolean spaceBefore) {
    }

    private final PDDocument document;
    private final ContractFonts.Loaded fonts;
    private @Nullable PDPageContentStream content;
    private float y;

    PageComposer(PDDocument document, ContractFonts.Loaded fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) throws IOException {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void space(float height) {
        y -= height;
    }

    float remaining() {
        return y - BOTTOM;
    }

    void paragraph(List<Run> runs, float size, float indent, @Nullable String marker) throws IOException {
        float lineHeight = size * 1.4f;
        List<List<Word>> lines = wrap(words(runs, size), size, WIDTH - indent);
        boolean first = true;
        for (List<Word> line : lines) {
            keep(lineHeight);
            y -= size;
            if (first && marker != null) {
                show(stream(), MARGIN + indent - markerWidth(marker, size), y, printable(marker), fonts.regular(), size);
            }
            draw(line, MARGIN + indent, size);
            y -= lineHeight - size;
            first = false;
        }
    }

    void paragraph(String text, Style style, float size) throws IOException {
        paragraph(List.of(new Run(text, style)), size, 0, null);
    }

    void rule() throws IOException {
        keep(12);
        y -= 6;
        PDPageContentStream stream = stream();
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + WIDTH, y);
        stream.stroke();
        y -= 6;
    }

    /** Draws the image scaled to fit the box, its bottom-left at the current line. */
    void image(PDImageXObject image, float maxWidth, float maxHeight) throws IOException {
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float height = image.getHeight() * scale;
        keep(height);
        y -= height;
        stream().drawImage(image, MARGIN, y, image.getWidth() * scale, height);
    }

    void finish() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Writes a header (the firm's name, the title) and a footer (from the page number) on pages [from, to). */
    static void decorate(PDDocument document, ContractFonts.Loaded fonts, int from, int to, String left, String right,
            IntFunction<String> footer) throws IOException {
        for (int i = from; i < to; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                PageComposer writer = new PageComposer(document, fonts);
                String header = writer.printable(left);
                show(stream, MARGIN, PAGE.getHeight() - 40, header, fonts.bold(), 9);
                String title = writer.fit(writer.printable(right), fonts.regular(), 9,
                        WIDTH - width(fonts.bold(), header, 9) - 24);
                show(stream, MARGIN + WIDTH - width(fonts.regular(), title, 9), PAGE.getHeight() - 40, title,
                        fonts.regular(), 9);
                stream.setLineWidth(0.5f);
                stream.moveTo(MARGIN, PAGE.getHeight() - 48);
                stream.lineTo(MARGIN + WIDTH, PAGE.getHeight() - 48);
                stream.stroke();
                String text = writer.printable(footer.apply(i - from + 1));
                show(stream, MARGIN + (WIDTH - width(fonts.regular(), text, 8)) / 2, 36, text, fonts.regular(), 8);
            }
        }
    }

    private PDPageContentStream stream() throws IOException {
        if (content == null) {
            newPage();
        }
        return java.util.Objects.requireNonNull(content);
    }

    private void draw(List<Word> line, float x, float size) throws IOException {
        float at = x;
        StringBuilder segment = new StringBuilder();
        @Nullable Style style = null;
        float segmentStart = at;
        for (Word word : line) {
            float spaceWidth = word.spaceBefore() && at > x ? width(fonts.of(word.style()), " ", size) : 0;
            if (style != word.style()) {
                if (style != null) {
                    show(stream(), segmentStart, y, segment.toString(), fonts.of(style), size);
                }
                segment.setLength(0);
                style = word.style();
                at += spaceWidth;
                segmentStart = at;
            } else if (spaceWidth > 0) {
                segment.append(' ');
                at += spaceWidth;
            }
            segment.append(word.text());
            at += word.width();
        }
        if (style != null && !segment.isEmpty()) {
            show(stream(), segmentStart, y, segment.toString(), fonts.of(style), size);
        }
    }

    private List<Word> words(List<Run> runs, float size) throws IOException {
        List<Word> words = new ArrayList<>();
        boolean space = false;
        for (Run run : runs) {
            if (run == Run.LINE_BREAK) {
                words.add(new Word("\n", Style.REGULAR, 0, false));
                space = false;
                continue;
            }
            String text = printable(run.text());
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    space = true;
                    i++;
                    continue;
                }
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                String word = text.substring(i, end);
                words.add(new Word(word, run.style(), width(fonts.of(run.style()), word, size), space));
                space = false;
                i = end;
            }
        }
        return words;
    }

    private List<List<Word>> wrap(List<Word> words, float size, float width) throws IOException {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word word : words) {
            if (word.text().equals("\n")) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                continue;
            }
            float space = line.isEmpty() || !word.spaceBefore() ? 0 : width(fonts.of(word.style()), " ", size);
            if (!line.isEmpty() && used + space + word.width() > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                space = 0;
            }
            if (word.width() > width) {
                for (Word piece : split(word, size, width)) {
                    if (!line.isEmpty()) {
                        lines.add(line);
                        line = new ArrayList<>();
                    }
                    line.add(piece);
                    used = piece.width();
                }
                continue;
            }
            line.add(word);
            used += space + word.width();
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** A word wider than the line (a long hash, a user agent) broken into pieces that fit. */
    private List<Word> split(Word word, float size, float width) throws IOException {
        PDType0Font font = fonts.of(word.style());
        List<Word> pieces = new ArrayList<>();
        String text = word.text();
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            while (end < text.length() && width(font, text.substring(start, end + 1), size) <= width) {
                end++;
            }
            String piece = text.substring(start, end);
            pieces.add(new Word(piece, word.style(), width(font, piece, size), false));
            start = end;
        }
        return pieces;
    }

    /** The text with controls turned into spaces and characters the fonts lack turned into "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (fonts.prints(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private String fit(String text, PDType0Font font, float size, float width) throws IOException {
        if (width(font, text, size) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && width(font, shorter + "…", size) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }

    private float markerWidth(String marker, float size) throws IOException {
        return width(fonts.regular(), printable(marker) + " ", size) + 2;
    }

    static float width(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void show(PDPageContentStream stream, float x, float y, String text, PDType0Font font, float size)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
