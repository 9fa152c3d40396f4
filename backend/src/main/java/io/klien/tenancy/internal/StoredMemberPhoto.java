package io.klien.tenancy.internal;

import java.util.UUID;

import io.klien.shared.StoredPicture;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.tenancy.MemberPhoto;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A membership's photo: the picture Klien re-encoded from the upload. */
@Entity
@Table(name = "member_photo")
class StoredMemberPhoto extends TenantOwnedEntity {

    @Column(name = "membership_id", updatable = false)
    private UUID membershipId;
    @Embedded
    private StoredPicture picture;

    protected StoredMemberPhoto() {
        this.membershipId = new UUID(0, 0);
    }

    StoredMemberPhoto(UUID membershipId, StoredPicture picture) {
        this.membershipId = membershipId;
        this.picture = picture;
    }

    void replace(StoredPicture replacement) {
        this.picture = replacement;
    }

    UUID membershipId() {
        return membershipId;
    }

    MemberPhoto toView(String subject) {
        return new MemberPhoto(subject, picture.content(), picture.contentType(), picture.updatedAt());
    }
}
