package io.klien.ui.wall;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** The wall's words in the reader's language, from the application's bundles; templates call {@link #t}. */
record WallTexts(I18NProvider translations, Locale language) {

    public String t(String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }
}
