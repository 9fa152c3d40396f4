package io.klien.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a contract template; {@code revision} goes back with an edit so a stale one is refused. The newest
 * version is the one new contracts copy.
 */
public record ContractTemplateView(UUID templateId, UUID versionId, int number, ContractTemplateDefinition definition,
        Instant createdAt, long revision) {
}
