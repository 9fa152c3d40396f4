package io.klien.audit;

import org.jspecify.annotations.Nullable;

/**
 * What happened, to record in the active firm's audit log: an action such as {@code membership.role-changed}, the
 * kind and id of what it happened to, and short summaries of the state before and after.
 */
public record AuditRecord(String action, String targetType, @Nullable String targetId, @Nullable String before,
        @Nullable String after) {

    public static final int ACTION_MAX = 100;
    public static final int TARGET_TYPE_MAX = 50;
    public static final int TARGET_ID_MAX = 100;

    public AuditRecord {
        requireText("action", action, ACTION_MAX);
        requireText("targetType", targetType, TARGET_TYPE_MAX);
        if (targetId != null && targetId.length() > TARGET_ID_MAX) {
            throw new IllegalArgumentException("targetId is longer than " + TARGET_ID_MAX + " characters");
        }
    }

    private static void requireText(String name, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
    }
}
