package io.klien.testimonials.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.testimonials.ClientHealth;
import io.klien.testimonials.LastContactKind;
import io.klien.testimonials.NpsCategory;
import io.klien.testimonials.RiskKind;
import io.klien.testimonials.RiskReason;
import org.jspecify.annotations.Nullable;

/** What decides a client's risk, as {@link HealthQueries} reads it. */
record HealthFacts(UUID clientId, String clientName, @Nullable LocalDate clientSince, @Nullable Integer latestNps,
        @Nullable Integer previousNps, long openSupportRequests, long breaches, @Nullable LocalDate renewalOn,
        @Nullable Instant lastContactAt, @Nullable LastContactKind lastContactKind) {

    /**
     * The reasons the client is at risk on the window's day: a detractor's latest answer, a latest answer below the
     * one before, breaches in the last {@value ClientHealth#BREACH_DAYS} days, a renewal within
     * {@value ClientHealth#RENEWAL_DAYS} days without a contact in the last {@value ClientHealth#CONTACT_DAYS}.
     * (The same rules as the filter in {@link HealthQueries}.)
     */
    List<RiskReason> risks(HealthQueries.Window window) {
        List<RiskReason> reasons = new ArrayList<>();
        if (latestNps != null && NpsCategory.of(latestNps) == NpsCategory.DETRACTOR) {
            reasons.add(new RiskReason(RiskKind.NPS_DETRACTOR, latestNps, previousNps, 0, null));
        }
        if (latestNps != null && previousNps != null && latestNps < previousNps) {
            reasons.add(new RiskReason(RiskKind.NPS_FALLING, latestNps, previousNps, 0, null));
        }
        if (breaches > 0) {
            reasons.add(new RiskReason(RiskKind.SLA_BREACHES, null, null, breaches, null));
        }
        if (renewalOn != null && !renewalOn.isAfter(window.renewalBy())
                && (lastContactAt == null || lastContactAt.isBefore(window.contactSince()))) {
            reasons.add(new RiskReason(RiskKind.RENEWAL_WITHOUT_CONTACT, null, null, 0, renewalOn));
        }
        return List.copyOf(reasons);
    }
}
