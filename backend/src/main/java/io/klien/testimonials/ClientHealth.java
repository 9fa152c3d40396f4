package io.klien.testimonials;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The health of one client relationship: since when it is a client, its NPS answers over time, its milestone ratings
 * (average and latest), open support requests and recent breaches, the next contract renewal, the latest contact,
 * and the reasons it may be at risk (none when healthy).
 */
public record ClientHealth(UUID clientId, String clientName, @Nullable LocalDate clientSince, List<NpsPoint> npsTrend,
        @Nullable BigDecimal ratingAverage, @Nullable Integer latestRating, int ratings, long openSupportRequests,
        long slaBreaches, @Nullable LocalDate renewalOn, @Nullable Instant lastContactAt,
        @Nullable LastContactKind lastContactKind, List<RiskReason> risks) {

    /** Breaches recorded in this many days count. */
    public static final int BREACH_DAYS = 90;
    /** A renewal within this many days needs a recent contact. */
    public static final int RENEWAL_DAYS = 60;
    /** A contact within this many days is recent. */
    public static final int CONTACT_DAYS = 30;

    public boolean atRisk() {
        return !risks.isEmpty();
    }

    public @Nullable Integer latestNps() {
        return npsTrend.isEmpty() ? null : npsTrend.getLast().score();
    }
}
