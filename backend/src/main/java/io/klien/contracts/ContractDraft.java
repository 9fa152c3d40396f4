package io.klien.contracts;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What staff fill in for a contract: title, body (Markdown with merge fields; the template's when null), terms, who
 * signs in which order, and the day the signing offer expires.
 */
public record ContractDraft(@Nullable String title, @Nullable String body, ContractTerms terms,
        List<SignatoryChoice> signatories, SigningOrder signingOrder, LocalDate expiresOn) {

    public ContractDraft {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
