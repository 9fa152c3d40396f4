package io.klien.leads;

import java.util.UUID;

/** A lead moved from one stage to another. */
public record LeadStageChanged(UUID tenantId, UUID leadId, UUID fromStageId, UUID toStageId) {
}
