package io.klien.clients.internal;

import java.util.ArrayList;
import java.util.List;

import io.klien.clients.ClientFilter;
import io.klien.shared.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The grid filters as one database query, so paging and sorting stay in PostgreSQL. */
public final class ClientQueries {

    private ClientQueries() {
    }

    public static Specification<Client> matching(ClientFilter filter) {
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
            SearchText text = SearchText.of(filter.text());
            if (text != null) {
                all.add(cb.like(cb.lower(root.get("name")), text.pattern(), '\\'));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
