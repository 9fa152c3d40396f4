package io.klien.tenancy.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.ImageInput;
import io.klien.shared.StoredPicture;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MemberPhoto;
import io.klien.tenancy.MemberPhotos;
import io.klien.tenancy.MembershipStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberPhotoService implements MemberPhotos {

    private static final ImageInput PHOTOS = new ImageInput("tenancy.photo.type", "tenancy.photo.size");

    private final MembershipRepository memberships;
    private final StoredMemberPhotoRepository photos;
    private final Clock clock;

    MemberPhotoService(MembershipRepository memberships, StoredMemberPhotoRepository photos, Clock clock) {
        this.memberships = memberships;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public MemberPhoto replaceMine(byte[] upload) {
        // checked and re-encoded before anything is read or written: a refused upload leaves the old photo
        ImageInput.Picture picture = PHOTOS.portrait(upload, SIZE);
        Membership me = mine();
        StoredPicture stored = new StoredPicture(picture, clock.instant());
        StoredMemberPhoto photo = photos.findByMembershipId(me.id())
                .orElseGet(() -> new StoredMemberPhoto(me.id(), stored));
        photo.replace(stored);
        return photos.save(photo).toView(me.subject());
    }

    @Override
    public void removeMine() {
        photos.findByMembershipId(mine().id()).ifPresent(photos::delete);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MemberPhoto> ofStaff(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Membership> staff = memberships.findBySubjectInAndRoleInAndStatus(subjects,
                List.of(FirmRole.TENANT_ADMIN, FirmRole.STAFF), MembershipStatus.ACTIVE).stream()
                .collect(Collectors.toMap(Membership::id, Function.identity()));
        if (staff.isEmpty()) {
            return Map.of();
        }
        Map<String, MemberPhoto> found = new HashMap<>();
        for (StoredMemberPhoto photo : photos.findByMembershipIdIn(staff.keySet())) {
            String subject = staff.get(photo.membershipId()).subject();
            found.put(subject, photo.toView(subject));
        }
        return found;
    }

    private Membership mine() {
        String subject = TenantContext.acting().subject();
        return memberships.findBySubject(subject == null ? "" : subject)
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .orElseThrow(() -> new DomainException("tenancy.photo.no-membership"));
    }
}
