package io.klien.shared.tenant;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.shared.FirmRole;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who acts, in which firm, for this thread: set per web request from the session (after the membership table
 * confirmed it) and explicitly by system work such as schedulers and listeners. Every transaction hands it to
 * PostgreSQL and Hibernate; without it, tenant-owned data is invisible.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable Scope> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /**
     * The acting scope: a tenant (or none yet, right after sign-in), the person's identity-provider subject, their
     * role in the tenant, and for client users the client they belong to.
     */
    public record Scope(@Nullable UUID tenantId, @Nullable String subject, @Nullable String role,
            @Nullable UUID clientId, boolean platformAdmin, boolean system) {

        public static Scope person(String subject, boolean platformAdmin) {
            return new Scope(null, subject, null, null, platformAdmin, false);
        }

        public static Scope member(UUID tenantId, String subject, String role, @Nullable UUID clientId,
                boolean platformAdmin) {
            return new Scope(tenantId, subject, role, clientId, platformAdmin, false);
        }

        /**
         * Someone who has not signed in, on a firm's public page (contract verification): sees the firm's data only
         * through methods open on purpose, which decide what it may learn.
         */
        public static Scope visitor(@Nullable UUID tenantId) {
            return new Scope(tenantId, null, null, null, false, false);
        }

        /** Work the system does for a tenant on nobody's behalf: listeners, schedulers, demo data. */
        public static Scope system(@Nullable UUID tenantId) {
            return new Scope(tenantId, null, null, null, false, true);
        }

        public boolean hasRole(String... roles) {
            for (String r : roles) {
                if (r.equals(role)) {
                    return true;
                }
            }
            return false;
        }

        public boolean hasRole(FirmRole... roles) {
            for (FirmRole r : roles) {
                if (r.name().equals(role)) {
                    return true;
                }
            }
            return false;
        }

        /** A client user of the firm (not the system acting on their behalf). */
        public boolean clientUser() {
            return !system && hasRole(FirmRole.CLIENT);
        }
    }

    /**
     * The scope of whoever acts, for services whose permission is declared with
     * {@link io.klien.shared.permission.FirmRoles} and which need to know who passed it.
     */
    public static Scope acting() {
        return current().orElseThrow(() -> new AccessDeniedException("No one is acting"));
    }

    /**
     * Refuses unless the acting member holds one of the roles in the active firm (system work always may). Services
     * declare this with {@link io.klien.shared.permission.FirmRoles} instead of calling it.
     */
    public static Scope requireRole(String... roles) {
        Scope scope = acting();
        if (!scope.system() && (scope.tenantId() == null || !scope.hasRole(roles))) {
            throw new AccessDeniedException("Requires one of " + String.join(", ", roles));
        }
        return scope;
    }

    /** Refuses unless a platform operator (or the system) is acting. */
    public static Scope requirePlatformAdmin() {
        Scope scope = acting();
        if (!scope.system() && !scope.platformAdmin()) {
            throw new AccessDeniedException("Requires a platform operator");
        }
        return scope;
    }

    public static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<UUID> tenantId() {
        return current().map(Scope::tenantId);
    }

    public static UUID requireTenantId() {
        return tenantId().orElseThrow(() -> new IllegalStateException("No active tenant for this work"));
    }

    public static Optional<String> subject() {
        return current().map(Scope::subject);
    }

    /** Runs the work in the given scope and restores the previous one afterwards. */
    public static <T> T callIn(Scope scope, Supplier<T> work) {
        Scope previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runIn(Scope scope, Runnable work) {
        callIn(scope, () -> {
            work.run();
            return null;
        });
    }

    /** Binds the scope until the returned handle is closed: for filters that wrap a whole request. */
    public static Binding bind(Scope scope) {
        Scope previous = CURRENT.get();
        CURRENT.set(scope);
        return () -> restore(previous);
    }

    private static void restore(@Nullable Scope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Ends a {@link #bind(Scope)}. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
