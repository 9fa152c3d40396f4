package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The texts printed in contract PDFs exist in English and Bahasa Indonesia, and times name their zone. */
class ContractTextsTests {

    @Test
    void bahasaIndonesiaTranslatesEveryPrintedText() throws IOException {
        Properties english = load("contract-texts/contract.properties");
        Properties indonesian = load("contract-texts/contract_id.properties");

        assertThat(english).isNotEmpty();
        assertThat(indonesian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(indonesian.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void theSigningTextsAndDisclosureExistInBothLanguagesUnderOneVersion() throws IOException {
        Properties english = load("contract-texts/signing.properties");
        Properties indonesian = load("contract-texts/signing_id.properties");

        assertThat(indonesian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(indonesian.getProperty("disclosure.version")).isEqualTo(english.getProperty("disclosure.version"));
        for (io.klien.contracts.SigningStep step : io.klien.contracts.SigningStep.values()) {
            assertThat(english).containsKey("step." + step.name());
        }
        assertThat(new SigningTexts(java.util.Locale.forLanguageTag("id")).disclosure().title())
                .isEqualTo("Persetujuan bertransaksi secara elektronik");
        assertThat(new SigningTexts(java.util.Locale.ENGLISH).step(io.klien.contracts.SigningStep.CODE_SENT, "b***@x.test"))
                .isEqualTo("One-time code mailed to b***@x.test");
    }

    @Test
    void textsFollowTheFirmsLanguageAndTimesItsZone() {
        ContractTexts indonesian = new ContractTexts(Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"));
        ContractTexts english = new ContractTexts(Locale.ENGLISH, ZoneId.of("Asia/Makassar"));
        Instant at = Instant.parse("2026-12-02T03:15:30Z");

        assertThat(indonesian.get("contract.page", 2, 10)).isEqualTo("Halaman 2 dari 10");
        assertThat(english.get("contract.page", 2, 10)).isEqualTo("Page 2 of 10");
        assertThat(indonesian.firmTime(at)).isEqualTo("2026-12-02 10:15:30 Asia/Jakarta");
        assertThat(english.firmTime(at)).isEqualTo("2026-12-02 11:15:30 Asia/Makassar");
        assertThat(ContractTexts.utc(at)).isEqualTo("2026-12-02 03:15:30");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContractTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
