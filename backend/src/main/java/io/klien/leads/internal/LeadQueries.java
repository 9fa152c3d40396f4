package io.klien.leads.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The list filters as one database query, so paging and sorting stay in PostgreSQL. */
public final class LeadQueries {

    private LeadQueries() {
    }

    public static Specification<Lead> matching(@Nullable UUID stageId, @Nullable String ownerSubject,
            @Nullable LocalDate followUpBefore, @Nullable String text) {
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
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                all.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("organization")), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\')));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
