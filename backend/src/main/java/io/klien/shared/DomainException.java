package io.klien.shared;

import java.io.Serial;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A rule was broken; the message key names a user-readable text in the message bundles. When the rule is about one
 * input, {@link #field()} names it (the property of the command, e.g. {@code "email"}), so a form shows the message
 * at that input without reading the key.
 */
public class DomainException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private final @Nullable String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected DomainException(@Nullable String field, String messageKey, Object[] arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** A broken rule about one input of a command, named like the command's property. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input the rule is about, when it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
