package io.klien.leads.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.shared.search.SearchKind;
import io.klien.shared.search.SearchQuery;
import io.klien.shared.search.SearchTerms;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The list filters as one database query, so paging and sorting stay in PostgreSQL. */
final class LeadQueries {

    private LeadQueries() {
    }

    public static Specification<Lead> matching(@Nullable UUID stageId, @Nullable String ownerSubject,
            @Nullable LocalDate followUpBefore, @Nullable SearchQuery search) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (stageId != null) {
                all.add(cb.equal(root.get("stageId"), stageId));
            }
            if (ownerSubject != null) {
                all.add(cb.equal(root.get("ownerSubject"), ownerSubject));
            }
            if (followUpBefore != null) {
                all.add(cb.lessThan(root.get("nextFollowUp"), followUpBefore));
            }
            if (search != null) {
                all.add(SearchTerms.matchAll(root.get("id"), SearchKind.LEAD, search.words(), query, cb));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
