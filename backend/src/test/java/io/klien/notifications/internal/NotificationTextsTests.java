package io.klien.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import io.klien.notifications.NotificationKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class NotificationTextsTests {

    @Test
    void everyKindHasALabelAndAMessage() throws IOException {
        Properties english = load("notification-texts/notifications.properties");

        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(english).containsKeys(kind.labelKey(), kind.messageKey());
        }
    }

    @Test
    void everyModulesTextsHaveBahasaIndonesiaForEveryEnglishText() throws IOException {
        List<String> english = files().stream().filter(f -> !f.contains("_")).toList();

        assertThat(english).contains("notifications.properties", "onboarding-notices.properties");
        for (String file : english) {
            Properties indonesian = load(NotificationTexts.FOLDER + file.replace(".properties", "_id.properties"));
            assertThat(indonesian.keySet()).as(file).containsExactlyInAnyOrderElementsOf(
                    load(NotificationTexts.FOLDER + file).keySet());
            assertThat(indonesian.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @Test
    void textsWithArgumentsHaveNoApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String name : files()) {
            String file = NotificationTexts.FOLDER + name;
            load(file).forEach((key, text) -> {
                if (text.toString().contains("{")) {
                    assertThat(text.toString()).as("%s in %s", key, file).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void textsAreFormattedInTheLanguageAskedForWithEnglishAsTheFallback() {
        NotificationTexts texts = new NotificationTexts();

        assertThat(texts.text("notifications.message.COMMENT", List.of("Rudi", "Intake form"), Locale.ENGLISH))
                .isEqualTo("Rudi commented on \"Intake form\".");
        assertThat(texts.text("notifications.message.COMMENT", List.of("Rudi", "Intake form"), Locale.of("id", "ID")))
                .isEqualTo("Rudi mengomentari \"Intake form\".");
        assertThat(texts.text("notifications.kind.COMMENT", List.of(), Locale.JAPANESE)).isEqualTo("Comments");
        assertThat(texts.text("no.such.text", List.of(), Locale.ENGLISH)).isEqualTo("no.such.text");
    }

    private static List<String> files() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver(NotificationTextsTests.class.getClassLoader())
                .getResources("classpath*:" + NotificationTexts.FOLDER + "*.properties");
        return Arrays.stream(found).map(r -> String.valueOf(r.getFilename())).sorted().toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
