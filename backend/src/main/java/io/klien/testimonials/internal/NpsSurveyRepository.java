package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NpsSurveyRepository extends JpaRepository<NpsSurvey, UUID> {

    Optional<NpsSurvey> findByTokenHash(String tokenHash);

    List<NpsSurvey> findByClientIdOrderBySentAtDesc(UUID clientId);

    List<NpsSurvey> findByPortalSubjectAndAnsweredAtIsNullAndExpiresAtAfterOrderBySentAtDesc(String subject,
            Instant now);

    List<NpsSurvey> findByAnsweredAtAfter(Instant since);
}
