package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.Clients;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moderation acts only on the testimonial the moderator saw: when the client (or a colleague) changed it between the
 * read and the action, the backend refuses the action and changes nothing, whatever the page checked before.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestimonialModerationStaleTests {

    static final String CHANGED_MEANWHILE = "testimonials.changed-meanwhile[";

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    TwoFirms firms;
    Scope budi;

    @BeforeAll
    void aFirmWithAClientUser() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String subject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@a1.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, subject, "CLIENT", firms.clientA1, false);
    }

    @Test
    void aClientsEditBetweenTheReadAndTheApprovalMakesTheApprovalFailAndNothingIsApproved() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(words("Kind words."), GivenFrom.UNKNOWN));
        TestimonialView seenByStaff = firms.as(firms.staffOfA(), () -> testimonials.get(given.id()));

        firms.as(budi, () -> testimonials.edit(given.id(), given.version(), words("Different words now."),
                GivenFrom.UNKNOWN));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> moderation.approve(given.id(), seenByStaff.version())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);
        TestimonialView after = firms.as(firms.staffOfA(), () -> testimonials.get(given.id()));
        assertThat(after.state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat(after.published()).isFalse();
        assertThat(after.moderatedAt()).isNull();
        assertThat(after.text()).isEqualTo("Different words now.");
        assertThat(publishedIds()).doesNotContain(given.id());
        assertThat(events.stream(TestimonialModerated.class).filter(e -> e.testimonialId().equals(given.id())))
                .as("nothing moderated, so nothing to refresh").isEmpty();

        TestimonialView approved = firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), after.version()));
        assertThat(approved.state()).as("the version the moderator now sees is accepted")
                .isEqualTo(TestimonialState.APPROVED);
        assertThat(publishedIds()).contains(given.id());
    }

    @Test
    void rejectingSuggestingAndTaggingAStaleTestimonialAreRefusedToo() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(words("First take."), GivenFrom.UNKNOWN));
        TestimonialView edited = firms.as(budi, () -> testimonials.edit(given.id(), given.version(),
                words("Second take."), GivenFrom.UNKNOWN));
        long stale = given.version();

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> moderation.reject(given.id(), stale, "Too short")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> moderation.suggestEdit(given.id(), stale, "Take.")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> moderation.tag(given.id(), stale, "Tax", "Mining")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);

        TestimonialView after = firms.as(firms.staffOfA(), () -> testimonials.get(given.id()));
        assertThat(after.version()).as("not touched").isEqualTo(edited.version());
        assertThat(after.state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat(after.rejectReason()).isNull();
        assertThat(after.suggestedText()).isNull();
        assertThat(after.serviceLine()).isNull();
        assertThat(after.industry()).isNull();
    }

    @Test
    void publishingAndFeaturingAfterAColleaguesChangeAreRefused() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(words("Worth showing."), GivenFrom.UNKNOWN));
        TestimonialView approved = firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));
        TestimonialView tagged = firms.as(firms.staffOfA(),
                () -> moderation.tag(given.id(), approved.version(), "Audit", null));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> moderation.publish(given.id(), approved.version(), false)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> moderation.feature(given.id(), approved.version(), true)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(CHANGED_MEANWHILE);

        TestimonialView after = firms.as(firms.staffOfA(), () -> testimonials.get(given.id()));
        assertThat(after.version()).isEqualTo(tagged.version());
        assertThat(after.published()).isTrue();
        assertThat(after.featured()).isFalse();
        assertThat(publishedIds()).contains(given.id());
    }

    private java.util.List<UUID> publishedIds() {
        return firms.as(Scope.visitor(firms.firmA), () -> testimonials.publishedFor(ConsentScope.WEBSITE,
                Locale.ENGLISH)).stream().map(PublishedTestimonial::id).toList();
    }

    private static NewTestimonial words(String text) {
        return new NewTestimonial(5, text, "Budi Santoso", null, null, Set.of(ConsentScope.WEBSITE), Attribution.NAME,
                1, "en");
    }
}
