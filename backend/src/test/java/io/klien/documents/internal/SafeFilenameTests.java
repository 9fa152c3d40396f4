package io.klien.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeFilenameTests {

    @Test
    void pathsAreCutToTheirLastSegment() {
        assertThat(SafeFilename.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFilename.of("..\\..\\Windows\\System32\\cmd.exe")).isEqualTo("cmd.exe");
        assertThat(SafeFilename.of("C:\\Users\\budi\\Desktop\\KTP.jpg")).isEqualTo("KTP.jpg");
        assertThat(SafeFilename.of("/")).isEqualTo("document");
        assertThat(SafeFilename.of("../..")).isEqualTo("document");
    }

    @Test
    void controlAndInvisibleFormatCharactersAreRemoved() {
        assertThat(SafeFilename.of("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(SafeFilename.of("report\r\n.pdf")).isEqualTo("report.pdf");
        assertThat(SafeFilename.of("a\u007f\u0085b.txt")).isEqualTo("ab.txt");
        // a right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertThat(SafeFilename.of("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(SafeFilename.of("zero\u200bwidth\ufeff.txt")).isEqualTo("zerowidth.txt");
    }

    @Test
    void reservedCharactersBecomeUnderscoresAndWhitespaceCollapses() {
        assertThat(SafeFilename.of("what?<is>:this*|\".pdf")).isEqualTo("what__is__this___.pdf");
        assertThat(SafeFilename.of("  Laporan \t  Bulanan\u00a0 Mei .pdf  ")).isEqualTo("Laporan Bulanan Mei .pdf");
        assertThat(SafeFilename.of(" ..hidden. . ")).isEqualTo("hidden");
    }

    @Test
    void windowsDeviceNamesAreDefused() {
        assertThat(SafeFilename.of("CON")).isEqualTo("_CON");
        assertThat(SafeFilename.of("nul.txt")).isEqualTo("_nul.txt");
        assertThat(SafeFilename.of("com1.pdf")).isEqualTo("_com1.pdf");
        assertThat(SafeFilename.of("console.txt")).isEqualTo("console.txt");
    }

    @Test
    void unicodeNamesAreKeptNormalised() {
        assertThat(SafeFilename.of("Laporan Keuangan – Q1 2026 ✓.pdf")).isEqualTo("Laporan Keuangan – Q1 2026 ✓.pdf");
        assertThat(SafeFilename.of("caf\u0065\u0301.pdf")).isEqualTo("caf\u00e9.pdf");
        assertThat(SafeFilename.of("契約書.docx")).isEqualTo("契約書.docx");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtensionAndWholeCharacters() {
        String ascii = SafeFilename.of("a".repeat(500) + ".pdf");
        assertThat(ascii).hasSize(SafeFilename.MAX_CHARS).endsWith("a.pdf");

        String cjk = SafeFilename.of("文".repeat(200) + ".pdf");
        assertThat(cjk).isEqualTo("文".repeat(83) + ".pdf");
        assertThat(cjk.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFilename.MAX_UTF8_BYTES);

        String emoji = SafeFilename.of("😀".repeat(100) + ".png");
        assertThat(emoji).isEqualTo("😀".repeat(62) + ".png");
        assertThat(new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(emoji);
    }

    @Test
    void nothingLeftMeansAPlainName() {
        assertThat(SafeFilename.of(null)).isEqualTo("document");
        assertThat(SafeFilename.of("   ")).isEqualTo("document");
        assertThat(SafeFilename.of("\u0000\u0001")).isEqualTo("document");
    }

    @Test
    void theExtensionIsLettersAndDigitsAfterTheLastDot() {
        assertThat(SafeFilename.extension("scan.PDF")).isEqualTo("pdf");
        assertThat(SafeFilename.extension("archive.tar.gz")).isEqualTo("gz");
        assertThat(SafeFilename.extension("Report v1.2 final")).isEmpty();
        assertThat(SafeFilename.extension("noextension")).isEmpty();
        assertThat(SafeFilename.withExtension("b".repeat(SafeFilename.MAX_CHARS), "docx"))
                .hasSize(SafeFilename.MAX_CHARS).endsWith("b.docx");
    }
}
