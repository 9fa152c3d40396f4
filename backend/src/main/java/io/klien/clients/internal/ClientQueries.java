package io.klien.clients.internal;

import java.util.ArrayList;
import java.util.List;

import io.klien.clients.ClientFilter;
import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The grid filters as one database query, so paging and sorting stay in PostgreSQL. */
final class ClientQueries {

    private ClientQueries() {
    }

    /** The filter, with its text already turned into indexed words ({@code search} null: no text filter). */
    public static Specification<Client> matching(ClientFilter filter, @Nullable SearchQuery search) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.withoutRepresentative()) {
                all.add(cb.isNull(root.get("representativeSubject")));
            } else if (filter.representativeSubject() != null) {
                all.add(cb.equal(root.get("representativeSubject"), filter.representativeSubject()));
            }
            if (search != null) {
                all.add(SearchTerms.matchAll(root.get("id"), SearchKind.CLIENT, search.words(), query, cb));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                all.add(SearchTerms.hasTerm(root.get("id"), SearchKind.CLIENT_TAG, filter.tag().strip(), query, cb));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
