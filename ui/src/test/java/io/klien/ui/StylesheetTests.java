package io.klien.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The app's stylesheet stays well-formed: one unclosed rule swallows every rule after it without a warning. */
class StylesheetTests {

    @Test
    void everyRuleOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("a rule opened inside another near line %d (comments removed)", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a brace closed twice near line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("rules left open").isZero();
    }
}
