package io.klien.leads;

import java.util.UUID;

/** A won lead became a client, or was linked to the existing client of a returning customer. */
public record LeadConverted(UUID tenantId, UUID leadId, UUID clientId, boolean returningCustomer) {
}
