package io.klien.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An incentive offered on a lead and where it stands. */
public record IncentiveView(UUID id, UUID leadId, IncentiveType type, IncentiveStatus status, @Nullable String note,
        Instant offeredAt) {
}
