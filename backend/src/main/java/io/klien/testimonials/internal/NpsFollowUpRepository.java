package io.klien.testimonials.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NpsFollowUpRepository extends JpaRepository<NpsFollowUp, UUID> {

    List<NpsFollowUp> findByClientIdOrderByStateDescOpenedAtDesc(UUID clientId);

    boolean existsBySurveyId(UUID surveyId);
}
