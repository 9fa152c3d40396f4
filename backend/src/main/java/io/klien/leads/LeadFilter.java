package io.klien.leads;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters for the leads list; nulls and false mean "any". {@code mine} means owned by the acting person. */
public record LeadFilter(@Nullable UUID stageId, @Nullable String ownerSubject, boolean mine, boolean overdueOnly,
        @Nullable String text) {

    public static LeadFilter all() {
        return new LeadFilter(null, null, false, false, null);
    }
}
