package io.klien.audit;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the current request comes from and the acting person's display name, for the audit entries it causes. The
 * web layer binds it per request; work outside a request records without it.
 */
public final class AuditRequestContext {

    private static final ThreadLocal<@Nullable RequestMetadata> CURRENT = new ThreadLocal<>();

    private AuditRequestContext() {
    }

    /** Client address, user agent and display name of whoever acts; each may be unknown. */
    public record RequestMetadata(@Nullable String ip, @Nullable String userAgent, @Nullable String actorName) {
    }

    /** Binds the metadata to this thread until the returned handle is closed, then restores what was bound before. */
    public static Binding bind(@Nullable String ip, @Nullable String userAgent, @Nullable String actorName) {
        RequestMetadata previous = CURRENT.get();
        CURRENT.set(new RequestMetadata(ip, userAgent, actorName));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static Optional<RequestMetadata> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Ends a {@link #bind(String, String, String)}. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
