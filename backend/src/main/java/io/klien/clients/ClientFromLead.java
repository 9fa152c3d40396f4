package io.klien.clients;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a won lead brings to the client it becomes: contact, sales cycle, owner and its history. */
public record ClientFromLead(String name, ClientKind kind, @Nullable ContactDetails primaryContact,
        LocalDate firstContactDate, LocalDate wonDate, @Nullable String representativeSubject,
        List<TimelineEntry> history) {
}
