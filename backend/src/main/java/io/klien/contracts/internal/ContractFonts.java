package io.klien.contracts.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts contracts are printed in, shipped with Klien so that no PDF depends on the host: DejaVu Sans (regular,
 * bold, oblique; Bitstream Vera licence, see contract-fonts/LICENSE-DejaVu.txt), which covers Latin with every
 * diacritic Indonesian names carry. Each document embeds the subset it uses.
 */
final class ContractFonts {

    enum Style { REGULAR, BOLD, ITALIC }

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");

    private ContractFonts() {
    }

    /** The three styles loaded for one document; the parsed fonts close with the document. */
    record Loaded(PDType0Font regular, PDType0Font bold, PDType0Font italic, TrueTypeFont regularFile) {

        PDType0Font of(Style style) {
            return switch (style) {
                case REGULAR -> regular;
                case BOLD -> bold;
                case ITALIC -> italic;
            };
        }

        /** Whether the fonts can print this code point (the three styles cover the same characters). */
        boolean prints(int codePoint) {
            try {
                return regularFile.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    static Loaded loadInto(PDDocument document) throws IOException {
        TrueTypeFont regular = parse(REGULAR);
        TrueTypeFont bold = parse(BOLD);
        TrueTypeFont italic = parse(ITALIC);
        document.registerTrueTypeFontForClosing(regular);
        document.registerTrueTypeFontForClosing(bold);
        document.registerTrueTypeFontForClosing(italic);
        return new Loaded(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true),
                PDType0Font.load(document, italic, true), regular);
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    private static byte[] read(String name) {
        try (InputStream in = ContractFonts.class.getResourceAsStream("/contract-fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The contract font " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The contract font " + name + " could not be read", e);
        }
    }
}
