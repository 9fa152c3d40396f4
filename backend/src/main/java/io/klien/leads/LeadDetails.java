package io.klien.leads;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.klien.clients.ClientKind;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter about a lead, for creating and editing it. A null first-contact date means today; a null
 * owner on creation means the person creating it.
 */
public record LeadDetails(String name, ClientKind kind, @Nullable String organization, @Nullable String email,
        @Nullable String phone, LeadSource source, @Nullable String serviceLine, @Nullable BigDecimal estimatedValue,
        @Nullable String currency, @Nullable String ownerSubject, @Nullable LocalDate nextFollowUp,
        @Nullable LocalDate firstContactDate) {
}
