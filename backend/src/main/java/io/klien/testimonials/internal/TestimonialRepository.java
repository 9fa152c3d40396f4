package io.klien.testimonials.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.testimonials.TestimonialState;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TestimonialRepository extends JpaRepository<Testimonial, UUID> {

    /** The testimonial, locked until the transaction ends: moderation and the client's changes take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Testimonial t where t.id = :id")
    Optional<Testimonial> findForUpdate(@Param("id") UUID id);

    List<Testimonial> findByClientIdOrderBySubmittedAtDescIdDesc(UUID clientId);

    Page<Testimonial> findByStateOrderBySubmittedAtDescIdDesc(TestimonialState state, Pageable pageable);

    Page<Testimonial> findAllByOrderBySubmittedAtDescIdDesc(Pageable pageable);

    @Query("""
            select t.id from Testimonial t
            where t.state = io.klien.testimonials.TestimonialState.APPROVED and t.published = true""")
    List<UUID> findPublishedIds();

        /** Approved and published, with consent for the place (its name), featured first, newest approval first. */
    @Query("""
            select t from Testimonial t
            where t.state = io.klien.testimonials.TestimonialState.APPROVED and t.published = true
              and ((:scope = 'WEBSITE' and t.consentWebsite = true)
                or (:scope = 'PROPOSALS' and t.consentProposals = true)
                or (:scope = 'SOCIAL_MEDIA' and t.consentSocialMedia = true))
            order by t.featured desc, t.moderatedAt desc, t.id""")
    List<Testimonial> findPublished(@Param("scope") String scope);
}
