package io.klien.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractStatus;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerm;
import io.klien.shared.search.SearchTerms;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters as one database query, so paging, sorting and counting stay in PostgreSQL. */
final class ContractQueries {

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
                all.add(everyWord(root.get("id"), search.words(), query, cb));
            }
            if (endingFrom != null && endingTo != null) {
                all.add(root.get("status").in(ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.EXPIRING));
                all.add(cb.between(root.get("endsOn"), endingFrom, endingTo));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * Every word begins one of the contract's terms (the words of its title and of its client's name, kept by
     * triggers). The words' subqueries are nested, each narrowing the one around it, so PostgreSQL intersects the
     * words' entries first and reads only the contracts that have them all; side by side, it joined the firm's
     * contracts with one word at a time (240 ms for "audit 2025" in the benchmark, 28 ms nested).
     */
    private static Predicate everyWord(Expression<UUID> contractId, List<String> words, AbstractQuery<?> query,
            CriteriaBuilder cb) {
        if (words.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<UUID> narrowed = null;
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            Subquery<UUID> ids = query.subquery(UUID.class);
            Root<SearchTerm> term = ids.from(SearchTerm.class);
            List<Predicate> where = new ArrayList<>(List.of(cb.equal(term.get("kind"), SearchKind.CONTRACT.name()),
                    cb.greaterThanOrEqualTo(term.get("term"), word),
                    cb.lessThan(term.get("term"), SearchTerms.endOfPrefix(word))));
            if (narrowed != null) {
                where.add(term.<UUID>get("entityId").in(narrowed));
            }
            ids.select(term.get("entityId")).where(where.toArray(Predicate[]::new));
            narrowed = ids;
        }
        return contractId.in(narrowed);
    }
}
