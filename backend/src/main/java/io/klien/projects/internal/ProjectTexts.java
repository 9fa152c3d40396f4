package io.klien.projects.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of project mails and documents ({@code project-texts/projects*.properties}) in one language. */
final class ProjectTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    ProjectTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle("project-texts/projects", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
