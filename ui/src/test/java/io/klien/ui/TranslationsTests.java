package io.klien.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TranslationsTests {

    @Test
    void bahasaIndonesiaTranslatesEveryEnglishText() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        Properties indonesian = load("vaadin-i18n/translations_id.properties");

        assertThat(english).isNotEmpty();
        assertThat(indonesian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(indonesian.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void englishIsTheFallbackForLanguagesKlienDoesNotSpeak() {
        KlienTranslations translations = new KlienTranslations();

        assertThat(translations.getTranslation("home.greeting", java.util.Locale.US, "Lena")).isEqualTo("Welcome, Lena");
        assertThat(translations.getTranslation("home.greeting", java.util.Locale.GERMANY, "Lena")).isEqualTo("Welcome, Lena");
        assertThat(translations.getTranslation("home.greeting", java.util.Locale.of("id", "ID"), "Lena"))
                .isEqualTo("Selamat datang, Lena");
        assertThat(translations.getTranslation("no.such.key", java.util.Locale.US)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
