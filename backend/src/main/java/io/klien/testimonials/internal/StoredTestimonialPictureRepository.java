package io.klien.testimonials.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTestimonialPictureRepository extends JpaRepository<StoredTestimonialPicture, UUID> {

    Optional<StoredTestimonialPicture> findByTestimonialId(UUID testimonialId);
}
