package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.Optional;

import io.klien.shared.ImageInput;
import io.klien.shared.ImageInput.Picture;
import io.klien.shared.StoredPicture;
import io.klien.testimonials.PictureKind;
import io.klien.testimonials.PictureUpload;
import io.klien.testimonials.TestimonialPicture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A testimonial's picture: checked by its bytes and re-encoded before anything is saved (a photo as a 256 px square,
 * a logo within 256 px keeping its transparency), stored beside the testimonial, which records what it shows.
 */
@Component
class TestimonialPictures {

    static final int SIZE = 256;
    private static final ImageInput IMAGES = new ImageInput("testimonials.picture.type", "testimonials.picture.size");

    private final StoredTestimonialPictureRepository pictures;

    TestimonialPictures(StoredTestimonialPictureRepository pictures) {
        this.pictures = pictures;
    }

    /** The upload checked and re-encoded, or null for none; refused with a clear message when it is no picture. */
    @Nullable Checked check(@Nullable PictureUpload upload) {
        if (upload == null) {
            return null;
        }
        Picture picture = upload.kind() == PictureKind.PHOTO ? IMAGES.portrait(upload.content(), SIZE)
                : IMAGES.fitted(upload.content(), SIZE);
        return new Checked(upload.kind(), picture);
    }

    /** Puts the checked picture on the (saved) testimonial, replacing the one it had. */
    void store(Testimonial testimonial, Checked checked, Instant now) {
        StoredPicture picture = new StoredPicture(checked.picture(), now);
        StoredTestimonialPicture stored = pictures.findByTestimonialId(testimonial.id())
                .orElseGet(() -> new StoredTestimonialPicture(testimonial.id(), picture));
        stored.replace(picture);
        pictures.save(stored);
        testimonial.pictured(checked.kind());
    }

    void remove(Testimonial testimonial) {
        pictures.findByTestimonialId(testimonial.id()).ifPresent(pictures::delete);
        testimonial.pictured(null);
    }

    Optional<TestimonialPicture> of(Testimonial testimonial) {
        PictureKind kind = testimonial.pictureKind();
        if (kind == null) {
            return Optional.empty();
        }
        return pictures.findByTestimonialId(testimonial.id()).map(p -> p.toView(kind));
    }

    record Checked(PictureKind kind, Picture picture) {
    }
}
