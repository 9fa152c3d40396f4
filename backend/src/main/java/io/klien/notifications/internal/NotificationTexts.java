package io.klien.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications and their emails: every {@code notification-texts/<name>.properties} on the class path
 * (English) with its {@code <name>_id.properties} (Bahasa Indonesia), so each module brings the texts of the
 * notifications it sends. A language without texts gets English.
 */
@Component
class NotificationTexts {

    static final String FOLDER = "notification-texts/";
    private static final Logger log = LoggerFactory.getLogger(NotificationTexts.class);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NotificationTexts() {
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setBundleClassLoader(NotificationTexts.class.getClassLoader());
    }

    private static Set<String> basenames() {
        Set<String> names = new TreeSet<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(NotificationTexts.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*.properties");
            for (Resource file : files) {
                String name = String.valueOf(file.getFilename()).replaceFirst("\\.properties$", "");
                int language = name.indexOf('_');
                names.add(FOLDER + (language < 0 ? name : name.substring(0, language)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the notification texts", e);
        }
        return names;
    }

    /** The text in the language (or English); a missing text shows its key, so a notification is never lost. */
    public String text(String key, List<String> arguments, Locale locale) {
        try {
            return messages.getMessage(key, arguments.toArray(), locale);
        } catch (NoSuchMessageException e) {
            log.warn("No notification text for key '{}' in {}", key, locale);
            return key;
        }
    }
}
