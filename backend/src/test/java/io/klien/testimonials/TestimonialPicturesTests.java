package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A testimonial's photo or logo: checked by its bytes and resized before anything is saved, shown publicly only with
 * the client's consent for the place and their full name, and taken off with the picture's removal.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestimonialPicturesTests {

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired TestimonialRequests requests;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    Scope budi;
    Scope otherClient;

    @BeforeAll
    void aFirmWithClientUsers() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String budiSubject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(budiSubject, budiSubject + "@a1.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, budiSubject, "CLIENT", firms.clientA1, false);
        String otherSubject = "other-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(otherSubject, otherSubject + "@a2.test",
                "Other Client", FirmRole.CLIENT, firms.clientA2, MembershipStatus.ACTIVE)));
        otherClient = Scope.member(firms.firmA, otherSubject, "CLIENT", firms.clientA2, false);
    }

    @Test
    void aPhotoIsCroppedAndResizedAndShownOnlyOncePublishedWithTheFullName() throws IOException {
        TestimonialView given = firms.as(budi, () -> testimonials.give(
                given(Attribution.NAME).withPicture(new PictureUpload(PictureKind.PHOTO, image(1200, 800, "jpeg"))),
                GivenFrom.UNKNOWN));

        assertThat(given.picture()).isEqualTo(PictureKind.PHOTO);
        TestimonialPicture stored = firms.as(firms.staffOfA(), () -> testimonials.picture(given.id())).orElseThrow();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored.content()));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(256);
        assertThat(firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedPicture(given.id(), ConsentScope.WEBSITE))).as("not approved yet").isEmpty();

        firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        assertThat(firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedPicture(given.id(), ConsentScope.WEBSITE))).isPresent();
        assertThat(firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedPicture(given.id(), ConsentScope.PROPOSALS))).as("no consent there").isEmpty();
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> testimonials.publishedFor(ConsentScope.WEBSITE,
                java.util.Locale.ENGLISH)).stream().filter(p -> p.id().equals(given.id())).findFirst().orElseThrow()
                .picture()).isEqualTo(PictureKind.PHOTO);
        assertThat(firms.as(Scope.visitor(firms.firmB),
                () -> testimonials.publishedPicture(given.id(), ConsentScope.WEBSITE))).as("firm B's page").isEmpty();
        assertThatThrownBy(() -> firms.as(otherClient, () -> testimonials.picture(given.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.not-found[");
    }

    @Test
    void aPictureOfSomeoneShownByInitialsIsNeverShownPublicly() throws IOException {
        TestimonialView given = firms.as(budi, () -> testimonials.give(
                given(Attribution.INITIALS).withPicture(new PictureUpload(PictureKind.LOGO, image(600, 200, "png"))),
                GivenFrom.UNKNOWN));
        firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        assertThat(firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedPicture(given.id(), ConsentScope.WEBSITE))).isEmpty();
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> testimonials.publishedFor(ConsentScope.WEBSITE,
                java.util.Locale.ENGLISH)).stream().filter(p -> p.id().equals(given.id())).findFirst().orElseThrow()
                .picture()).isNull();
        TestimonialPicture logo = firms.as(budi, () -> testimonials.picture(given.id())).orElseThrow();
        assertThat(logo.contentType()).as("a logo keeps its transparency").isEqualTo("image/png");
    }

    @Test
    void aFileThatIsNotAPictureSavesNothingAndLeavesTheLinkUsable() {
        UUID sari = firms.as(firms.staffOfA(), () -> contacts.addContact(firms.clientA2, new ContactDetails(
                "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", null, null), false).id());
        String token = firms.as(firms.staffOfA(), () -> requests.ask(firms.clientA2, sari)).linkToken();
        long before = count();
        NewTestimonial withScript = given(Attribution.NAME).withPicture(new PictureUpload(PictureKind.PHOTO,
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.giveByLink(token, withScript, GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.picture.type[");

        assertThat(count()).as("nothing saved").isEqualTo(before);
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> testimonials.askOfLink(token))).as("link still open")
                .isNotNull();
    }

    @Test
    void removingThePictureSendsTheTestimonialBackToModeration() throws IOException {
        TestimonialView given = firms.as(budi, () -> testimonials.give(
                given(Attribution.NAME).withPicture(new PictureUpload(PictureKind.PHOTO, image(300, 300, "png"))),
                GivenFrom.UNKNOWN));
        TestimonialView approved = firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        TestimonialView removed = firms.as(budi, () -> testimonials.removePicture(given.id(), approved.version()));

        assertThat(removed.picture()).isNull();
        assertThat(removed.state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat(removed.published()).isFalse();
        assertThat(firms.as(firms.staffOfA(), () -> testimonials.picture(given.id()))).isEmpty();
        assertThatThrownBy(() -> firms.as(budi, () -> testimonials.removePicture(given.id(), approved.version())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.changed-meanwhile[");
    }

    private long count() {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from testimonial", Long.class));
    }

    private NewTestimonial given(Attribution attribution) {
        return new NewTestimonial(5, "They steered us through the merger.", "Budi Santoso", "Director", "PT Maju",
                Set.of(ConsentScope.WEBSITE), attribution, 1, "en");
    }

    private static byte[] image(int width, int height, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
