package io.klien.clients;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/**
 * The client record staff work from: status, representative and account team, relationship and sales cycle;
 * {@code version} goes back with edits so stale ones are refused.
 */
public record ClientProfile(UUID id, String name, ClientKind kind, ClientStatus status,
        @Nullable PersonRef representative, List<PersonRef> accountTeam, @Nullable LocalDate relationshipStart,
        boolean exclusive, List<String> serviceLines, List<String> tags, @Nullable String preferences,
        @Nullable LocalDate firstContactDate, @Nullable LocalDate wonDate, long version) {

    /** Who represents the client, by subject, or null for nobody. */
    public @Nullable String representativeSubject() {
        return PersonRef.subjectOf(representative);
    }

    /** Days from first contact to the agreement (won) date, when the client came through the pipeline. */
    public @Nullable Long salesCycleDays() {
        return firstContactDate == null || wonDate == null ? null : ChronoUnit.DAYS.between(firstContactDate, wonDate);
    }

    /** How long the relationship has lasted on the given day. */
    public @Nullable Period tenureOn(LocalDate today) {
        return relationshipStart == null || relationshipStart.isAfter(today) ? null
                : Period.between(relationshipStart, today);
    }
}
