package io.klien.ui.wall;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON whose strings never contain {@code <}, {@code >}, {@code &} or {@code '} as such (they are written as
 * {@code \u003c} and so on, which every JSON reader reads back as the same text): safe in a
 * {@code <script type="application/ld+json">} block, where {@code </script>} in a testimonial would otherwise end the
 * block, and in a feed that someone pastes into a page.
 */
final class HtmlSafeJson {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().characterEscapes(new Escapes()).build())
            .build();

    private HtmlSafeJson() {
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] codes;

        Escapes() {
            codes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                codes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
