package io.klien.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentHeaderTests {

    @Test
    void anAsciiNameIsGivenTwiceQuotedAndEncoded() {
        assertThat(AttachmentHeader.of("report-2026_v2.pdf"))
                .isEqualTo("attachment; filename=\"report-2026_v2.pdf\"; filename*=UTF-8''report-2026_v2.pdf");
    }

    @Test
    void aUnicodeNameIsPercentEncodedAsUtf8WithAnAsciiFallback() {
        assertThat(AttachmentHeader.of("Laporan – Q1 ✓.pdf")).isEqualTo(
                "attachment; filename=\"Laporan _ Q1 _.pdf\"; filename*=UTF-8''Laporan%20%E2%80%93%20Q1%20%E2%9C%93.pdf");
        assertThat(AttachmentHeader.of("契約.docx"))
                .isEqualTo("attachment; filename=\"__.docx\"; filename*=UTF-8''%E5%A5%91%E7%B4%84.docx");
        assertThat(AttachmentHeader.of("😀.png"))
                .isEqualTo("attachment; filename=\"_.png\"; filename*=UTF-8''%F0%9F%98%80.png");
    }

    @Test
    void quotesBackslashesPercentsAndSeparatorsCannotBreakOutOfTheHeader() {
        assertThat(AttachmentHeader.of("a\"b\\c%d;e f.pdf")).isEqualTo(
                "attachment; filename=\"a_b_c_d;e f.pdf\"; filename*=UTF-8''a%22b%5Cc%25d%3Be%20f.pdf");
        assertThat(AttachmentHeader.of("x\r\nSet-Cookie: a=b.pdf")).doesNotContain("\r", "\n")
                .endsWith("filename*=UTF-8''x%0D%0ASet-Cookie%3A%20a%3Db.pdf");
    }

    @Test
    void attrCharsOfRfc5987StayAsTheyAre() {
        assertThat(AttachmentHeader.percentEncoded("!#$&+-.^_`|~AZaz09")).isEqualTo("!#$&+-.^_`|~AZaz09");
        assertThat(AttachmentHeader.percentEncoded("()<>@,'*")).isEqualTo("%28%29%3C%3E%40%2C%27%2A");
    }
}
