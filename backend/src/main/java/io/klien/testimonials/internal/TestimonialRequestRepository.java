package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.testimonials.AskTrigger;
import org.springframework.data.jpa.repository.JpaRepository;

interface TestimonialRequestRepository extends JpaRepository<TestimonialRequest, UUID> {

    Optional<TestimonialRequest> findByTokenHash(String tokenHash);

    Optional<TestimonialRequest> findFirstByContactIdOrderByAskedAtDesc(UUID contactId);

    List<TestimonialRequest> findByClientIdOrderByAskedAtDesc(UUID clientId);

    List<TestimonialRequest> findByPortalSubjectAndUsedAtIsNullAndExpiresAtAfterOrderByAskedAtDesc(String subject,
            Instant now);

    boolean existsByTriggerAndSourceId(AskTrigger trigger, UUID sourceId);
}
