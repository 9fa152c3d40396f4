package io.klien.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts a firm's starting content is created with (pipeline stages, onboarding templates), in the firm's language.
 * The English text is the default written next to its key in the seeding code; {@code seed-texts/<name>_id.properties}
 * holds the Bahasa Indonesia. Seeded rows are the firm's own data from then on, so they are stored translated.
 */
public final class SeedTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private SeedTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts of bundle {@code name} for a firm whose locale is the given language tag ("en", "id", "id-ID"). */
    public static SeedTexts of(String name, String firmLocale) {
        Locale language = "id".equals(Locale.forLanguageTag(firmLocale).getLanguage()) ? Locale.of("id") : Locale.ROOT;
        return new SeedTexts(ResourceBundle.getBundle("seed-texts/" + name, language, NO_FALLBACK));
    }

    /** The text under {@code key} in the firm's language, or {@code english} when the bundle has none. */
    public String text(String key, String english) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
