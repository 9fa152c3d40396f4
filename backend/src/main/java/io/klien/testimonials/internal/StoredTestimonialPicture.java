package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.ImageInput.Picture;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.PictureKind;
import io.klien.testimonials.TestimonialPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of a testimonial's picture, as Klien re-encoded them; what it shows is kept on the testimonial. */
@Entity
@Table(name = "testimonial_picture")
class StoredTestimonialPicture extends TenantOwnedEntity {

    @Column(name = "testimonial_id", updatable = false)
    private UUID testimonialId;
    private byte[] content;
    @Column(name = "content_type")
    private String contentType;
    private int width;
    private int height;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StoredTestimonialPicture() {
        this.testimonialId = new UUID(0, 0);
        this.content = new byte[0];
        this.contentType = "";
        this.updatedAt = Instant.EPOCH;
    }

    StoredTestimonialPicture(UUID testimonialId) {
        this();
        this.testimonialId = testimonialId;
    }

    void replace(Picture picture, Instant at) {
        this.content = picture.content();
        this.contentType = picture.contentType();
        this.width = picture.width();
        this.height = picture.height();
        this.updatedAt = at;
    }

    TestimonialPicture toView(PictureKind kind) {
        return new TestimonialPicture(testimonialId, kind, content.clone(), contentType, updatedAt);
    }
}
