package io.klien.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Refusals about one input name it, so forms show them there; rules about no input name none. */
class RefusalFieldsTests {

    @Test
    void anInviteeRefusalNamesTheInputItIsAbout() {
        DomainException badAddress = catchThrowableOfType(DomainException.class,
                () -> InvitationService.requireValidInvitee("not-an-address", "Rudi"));
        DomainException noName = catchThrowableOfType(DomainException.class,
                () -> InvitationService.requireValidInvitee("rudi@hartono-law.test", " "));

        assertThat(badAddress.field()).hasValue("email");
        assertThat(badAddress.messageKey()).isEqualTo("tenancy.invite.email-invalid");
        assertThat(noName.field()).hasValue("displayName");
    }

    @Test
    void aRuleAboutNoInputNamesNone() {
        DomainException lastAdmin = new DomainException("tenancy.member.last-admin");

        assertThat(lastAdmin.field()).isEmpty();
        assertThat(DomainException.onField("slug", "tenancy.slug.taken", "x").field()).hasValue("slug");
        assertThat(DomainException.onField("slug", "tenancy.slug.taken", "x").arguments()).containsExactly("x");
    }
}
