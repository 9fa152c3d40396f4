package io.klien.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.ImageInput.Picture;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.tenancy.MemberPhoto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A membership's photo: the picture Klien re-encoded from the upload. */
@Entity
@Table(name = "member_photo")
class StoredMemberPhoto extends TenantOwnedEntity {

    @Column(name = "membership_id", updatable = false)
    private UUID membershipId;
    private byte[] content;
    @Column(name = "content_type")
    private String contentType;
    private int width;
    private int height;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StoredMemberPhoto() {
        this.membershipId = new UUID(0, 0);
        this.content = new byte[0];
        this.contentType = "";
        this.updatedAt = Instant.EPOCH;
    }

    StoredMemberPhoto(UUID membershipId) {
        this();
        this.membershipId = membershipId;
    }

    void replace(Picture picture, Instant at) {
        this.content = picture.content();
        this.contentType = picture.contentType();
        this.width = picture.width();
        this.height = picture.height();
        this.updatedAt = at;
    }

    UUID membershipId() {
        return membershipId;
    }

    MemberPhoto toView(String subject) {
        return new MemberPhoto(subject, content.clone(), contentType, updatedAt);
    }
}
