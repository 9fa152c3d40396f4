package io.klien.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, from {@code vaadin-i18n/translations*.properties}: English first, then Bahasa Indonesia. A
 * browser asking for a language Klien does not speak gets English.
 */
@Component
class KlienTranslations implements I18NProvider {

    static final Locale INDONESIAN = Locale.of("id");
    private static final Logger log = LoggerFactory.getLogger(KlienTranslations.class);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, INDONESIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, supported, NO_SYSTEM_FALLBACK).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("No text for key '{}' in {}", key, supported);
            return "!" + key + "!";
        }
    }
}
