package io.klien.contracts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One change of a contract's terms by a signed amendment: which terms changed, the terms before and after, who drafted
 * the amendment and when it took effect (when its last signatory signed).
 */
public record TermsAmendment(UUID contractId, UUID amendmentId, Set<TermName> changed, ContractTerms before,
        ContractTerms after, @Nullable String amendedBy, Instant amendedAt) {

    public TermsAmendment {
        changed = Set.copyOf(changed);
    }
}
