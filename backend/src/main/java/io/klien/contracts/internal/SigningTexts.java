package io.klien.contracts.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.klien.contracts.ElectronicDisclosure;
import io.klien.contracts.SigningStep;

/** The texts of the signing ceremony ({@code contract-texts/signing*.properties}) in one language. */
final class SigningTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public SigningTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle("contract-texts/signing", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    /** The version of the disclosure in force; both languages carry the same. */
    public static int disclosureVersion() {
        return Integer.parseInt(new SigningTexts(Locale.ENGLISH).bundle.getString("disclosure.version"));
    }

    public ElectronicDisclosure disclosure() {
        return new ElectronicDisclosure(Integer.parseInt(bundle.getString("disclosure.version")),
                bundle.getString("disclosure.title"), bundle.getString("disclosure.text"));
    }

    public String step(SigningStep step, Object... arguments) {
        return get("step." + step.name(), arguments);
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
