package io.klien.shared;

import java.time.Instant;

import io.klien.shared.ImageInput.Picture;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A picture as a row keeps it (columns {@code content}, {@code content_type}, {@code width}, {@code height},
 * {@code updated_at}): the bytes {@link ImageInput} encoded, and when they last changed.
 */
@Embeddable
public class StoredPicture {

    private byte[] content;
    @Column(name = "content_type")
    private String contentType;
    private int width;
    private int height;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StoredPicture() {
        this.content = new byte[0];
        this.contentType = "";
        this.updatedAt = Instant.EPOCH;
    }

    public StoredPicture(Picture picture, Instant at) {
        this.content = picture.content();
        this.contentType = picture.contentType();
        this.width = picture.width();
        this.height = picture.height();
        this.updatedAt = at;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    public String contentType() {
        return contentType;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
