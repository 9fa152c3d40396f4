package io.klien.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractStatus;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters as one database query, so paging, sorting and counting stay in PostgreSQL. */
public final class ContractQueries {

    private ContractQueries() {
    }

    /**
     * The filter, with its text already turned into indexed words ({@code search} null: no text filter) and its
     * window into days of the firm's calendar ({@code endingFrom}/{@code endingTo} null: no window).
     */
    public static Specification<ContractListEntry> matching(ContractFilter filter, @Nullable SearchQuery search,
            @Nullable LocalDate endingFrom, @Nullable LocalDate endingTo) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.clientId() != null) {
                all.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (search != null) {
                // the contract's terms are the words of its title and of its client's name (kept by triggers)
                all.add(SearchTerms.matchAll(root.get("id"), SearchKind.CONTRACT, search.words(), query, cb));
            }
            if (endingFrom != null && endingTo != null) {
                all.add(root.get("status").in(ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.EXPIRING));
                all.add(cb.between(root.get("endsOn"), endingFrom, endingTo));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
