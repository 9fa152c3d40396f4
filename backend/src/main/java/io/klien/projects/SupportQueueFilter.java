package io.klien.projects;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which support requests the staff queue shows: in the given states (all when empty), of a priority, assigned to
 * someone, and breached or not ({@code null} for either).
 */
public record SupportQueueFilter(Set<SupportState> states, @Nullable SupportPriority priority,
        @Nullable String assignee, @Nullable Boolean breached) {

    public SupportQueueFilter {
        states = Set.copyOf(states);
    }

    public static SupportQueueFilter all() {
        return new SupportQueueFilter(Set.of(), null, null, null);
    }

    public static SupportQueueFilter open() {
        return new SupportQueueFilter(Set.of(SupportState.OPEN), null, null, null);
    }
}
