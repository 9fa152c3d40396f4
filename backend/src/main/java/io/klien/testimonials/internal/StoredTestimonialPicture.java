package io.klien.testimonials.internal;

import java.util.UUID;

import io.klien.shared.StoredPicture;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.PictureKind;
import io.klien.testimonials.TestimonialPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of a testimonial's picture, as Klien re-encoded them; what it shows is kept on the testimonial. */
@Entity
@Table(name = "testimonial_picture")
class StoredTestimonialPicture extends TenantOwnedEntity {

    @Column(name = "testimonial_id", updatable = false)
    private UUID testimonialId;
    @Embedded
    private StoredPicture picture;

    protected StoredTestimonialPicture() {
        this.testimonialId = new UUID(0, 0);
    }

    StoredTestimonialPicture(UUID testimonialId, StoredPicture picture) {
        this.testimonialId = testimonialId;
        this.picture = picture;
    }

    void replace(StoredPicture replacement) {
        this.picture = replacement;
    }

    TestimonialPicture toView(PictureKind kind) {
        return new TestimonialPicture(testimonialId, kind, picture.content(), picture.contentType(),
                picture.updatedAt());
    }
}
