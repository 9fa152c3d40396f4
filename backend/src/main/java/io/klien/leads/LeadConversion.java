package io.klien.leads;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of converting a won lead: the client it became or, for a returning customer, the existing client it
 * was linked to; and the sales cycle in days from first contact to the won (agreement) date.
 */
public record LeadConversion(UUID leadId, UUID clientId, boolean returningCustomer, @Nullable Long salesCycleDays) {
}
