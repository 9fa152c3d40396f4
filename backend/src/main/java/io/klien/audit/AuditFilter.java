package io.klien.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to browse; every criterion is optional (null or blank means any). The action matches exactly,
 * or as a prefix when {@code actionIsPrefix}; the actor matches part of the actor's name or subject, ignoring case;
 * the time range includes {@code from} and excludes {@code to}.
 */
public record AuditFilter(@Nullable String action, boolean actionIsPrefix, @Nullable String actor,
        @Nullable String targetType, @Nullable Instant from, @Nullable Instant to) {

    /** Every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, false, null, null, null, null);
    }

    public AuditFilter withAction(@Nullable String exactAction) {
        return new AuditFilter(exactAction, false, actor, targetType, from, to);
    }

    public AuditFilter withActionPrefix(@Nullable String prefix) {
        return new AuditFilter(prefix, true, actor, targetType, from, to);
    }

    public AuditFilter withActor(@Nullable String actorPart) {
        return new AuditFilter(action, actionIsPrefix, actorPart, targetType, from, to);
    }

    public AuditFilter withTargetType(@Nullable String type) {
        return new AuditFilter(action, actionIsPrefix, actor, type, from, to);
    }

    public AuditFilter between(@Nullable Instant fromInclusive, @Nullable Instant toExclusive) {
        return new AuditFilter(action, actionIsPrefix, actor, targetType, fromInclusive, toExclusive);
    }
}
