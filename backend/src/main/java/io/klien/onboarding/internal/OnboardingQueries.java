package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.onboarding.OnboardingStatus;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The board's filters as one database query, so paging and sorting stay in PostgreSQL. */
final class OnboardingQueries {

    private OnboardingQueries() {
    }

    /** {@code overdueBefore}: only running onboardings with a step still open that was due before that day. */
    public static Specification<Onboarding> matching(@Nullable String representativeSubject, @Nullable UUID templateId,
            @Nullable OnboardingStatus status, @Nullable LocalDate overdueBefore) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (representativeSubject != null) {
                all.add(cb.equal(root.get("representativeSubject"), representativeSubject));
            }
            if (templateId != null) {
                all.add(cb.equal(root.get("templateId"), templateId));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (overdueBefore != null) {
                all.add(cb.equal(root.get("status"), OnboardingStatus.IN_PROGRESS));
                all.add(cb.lessThan(root.get("nextDueDate"), overdueBefore));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
