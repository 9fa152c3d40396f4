package io.klien.notifications;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A notification for one member of the active firm.
 *
 * @param recipient the member's identity-provider subject
 * @param email where to mail it; {@code null} mails the address of the recipient's membership
 * @param kind what it is about; decides whether the recipient wants an email
 * @param messageKey the text in the notification texts ({@code notification-texts/*.properties}), resolved in the
 *         reader's language in the app and in the firm's language in the email
 * @param arguments the text's arguments, already formatted
 * @param link a path inside the app, such as {@code onboarding/<id>} or {@code portal/onboarding/<id>}
 * @param dedupeKey recorded at most once per recipient, such as {@code reminder:<stepId>:<date>}; {@code null} for none
 */
public record NewNotification(String recipient, @Nullable String email, NotificationKind kind, String messageKey,
        List<String> arguments, String link, @Nullable String dedupeKey) {

    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&+-]{0,999}");

    public NewNotification {
        if (recipient.isBlank() || recipient.length() > 255) {
            throw new IllegalArgumentException("A notification needs its recipient's subject");
        }
        if (messageKey.isBlank() || messageKey.length() > 200) {
            throw new IllegalArgumentException("A notification needs a message key");
        }
        if (!LINK.matcher(link).matches() || link.contains("..")) {
            throw new IllegalArgumentException("A notification links to a path inside the app, not to " + link);
        }
        arguments = List.copyOf(arguments);
        email = email == null || email.isBlank() ? null : email.strip();
        dedupeKey = dedupeKey == null || dedupeKey.isBlank() ? null : dedupeKey.strip();
        if (dedupeKey != null && dedupeKey.length() > 300) {
            throw new IllegalArgumentException("A dedupe key has at most 300 characters");
        }
    }

    /** A notification with its kind's general message, mailed to the recipient's membership address. */
    public static NewNotification of(String recipient, NotificationKind kind, String link, String... arguments) {
        return new NewNotification(recipient, null, kind, kind.messageKey(), List.of(arguments), link, null);
    }

    public NewNotification withMessage(String messageKey, String... arguments) {
        return new NewNotification(recipient, email, kind, messageKey, List.of(arguments), link, dedupeKey);
    }

    public NewNotification withEmail(@Nullable String email) {
        return new NewNotification(recipient, email, kind, messageKey, arguments, link, dedupeKey);
    }

    public NewNotification withDedupeKey(@Nullable String dedupeKey) {
        return new NewNotification(recipient, email, kind, messageKey, arguments, link, dedupeKey);
    }
}
