package io.klien.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A contact's refusals name the input they are about, inside a larger command after its prefix. */
class ContactRefusalFieldsTests {

    private static DomainException refusalOf(ContactDetails details, String prefix) {
        return catchThrowableOfType(DomainException.class, () -> ClientContactService.validated(details, prefix));
    }

    @Test
    void eachContactRuleNamesItsInput() {
        assertThat(refusalOf(new ContactDetails(" ", null, null, null), "").field()).hasValue("name");
        assertThat(refusalOf(new ContactDetails("Sari", "sari@", null, null), "").field()).hasValue("email");
        assertThat(refusalOf(new ContactDetails("Sari", null, "call me", null), "").field()).hasValue("phone");
        assertThat(refusalOf(new ContactDetails("Sari", null, null, "r".repeat(201)), "").field()).hasValue("roleTitle");
    }

    @Test
    void thePrimaryContactOfANewClientIsNamedAfterItsPrefix() {
        DomainException email = refusalOf(new ContactDetails("Sari", "sari@", null, null), "primaryContact.");

        assertThat(email.field()).hasValue("primaryContact.email");
        assertThat(email.messageKey()).isEqualTo("clients.email.invalid");
        assertThat(email.arguments()).containsExactly("sari@");
    }
}
