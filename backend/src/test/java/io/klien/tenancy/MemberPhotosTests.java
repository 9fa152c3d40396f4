package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MemberPhotosTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired MemberPhotos photos;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;

    @Test
    void aColleagueSetsTheirPhotoAndTheFirmsClientsSeeItResizedToASquare() throws IOException {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        Scope client = clientUserOfA(firms);

        MemberPhoto mine = firms.as(firms.staffOfA(), () -> photos.replaceMine(png(800, 600)));

        assertThat(mine.contentType()).isEqualTo("image/jpeg");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(mine.content()));
        assertThat(stored.getWidth()).isEqualTo(MemberPhotos.SIZE);
        assertThat(stored.getHeight()).isEqualTo(MemberPhotos.SIZE);
        assertThat(firms.as(client, () -> photos.ofStaff(List.of(firms.staffA, firms.adminA))))
                .containsOnlyKeys(firms.staffA);
        assertThat(firms.as(firms.adminOfB(), () -> photos.ofStaff(List.of(firms.staffA))))
                .as("firm B never sees firm A's people").isEmpty();
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndTheOldPhotoStays() throws IOException {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        MemberPhoto first = firms.as(firms.staffOfA(), () -> photos.replaceMine(png(300, 300)));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> photos.replaceMine("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.photo.type");

        assertThat(firms.as(firms.staffOfA(), () -> photos.ofStaff(List.of(firms.staffA))).get(firms.staffA).content())
                .isEqualTo(first.content());
    }

    @Test
    void aColleagueRemovesTheirPhotoAndAClientUserHasNoneToSet() throws IOException {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        Scope client = clientUserOfA(firms);
        firms.as(firms.staffOfA(), () -> photos.replaceMine(png(100, 100)));

        firms.as(firms.staffOfA(), () -> {
            photos.removeMine();
            return null;
        });

        assertThat(firms.as(firms.staffOfA(), () -> photos.ofStaff(List.of(firms.staffA)))).isEmpty();
        assertThatThrownBy(() -> firms.as(client, () -> photos.replaceMine(png(50, 50))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Scope clientUserOfA(TwoFirms firms) {
        String subject = "client-a-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@client.test", "Client A",
                FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        return Scope.member(firms.firmA, subject, "CLIENT", firms.clientA1, false);
    }

    private static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
