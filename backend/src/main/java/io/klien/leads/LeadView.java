package io.klien.leads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/** A lead as the UI sees it, its owner named; {@code version} goes back with edits so stale ones are refused. */
public record LeadView(UUID id, String name, ClientKind kind, @Nullable String organization, @Nullable String email,
        @Nullable String phone, LeadSource source, @Nullable String serviceLine, @Nullable BigDecimal estimatedValue,
        @Nullable String currency, @Nullable PersonRef owner, UUID stageId, @Nullable LocalDate nextFollowUp,
        @Nullable String lostReason, LocalDate firstContactDate, @Nullable LocalDate wonDate, @Nullable UUID clientId,
        long version) {

    /** Who owns the lead, by subject, or null for nobody. */
    public @Nullable String ownerSubject() {
        return PersonRef.subjectOf(owner);
    }

    /** A follow-up is overdue when its date lies before the given day (today in the firm's time zone). */
    public boolean overdueOn(LocalDate today) {
        return nextFollowUp != null && nextFollowUp.isBefore(today);
    }
}
