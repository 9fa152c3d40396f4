package io.klien.leads;

import java.util.UUID;

/** A pipeline stage of the firm, ordered by position. */
public record LeadStageView(UUID id, String name, int position, StageKind kind) {
}
