package io.klien.ui.testimonials;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.NewTestimonial;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Acting as staff or as Budi of PT Maju Jaya in the test class's own Hartono &amp; Partners, outside the page. */
record TestimonialFixtures(JdbcTemplate jdbc, TransactionTemplate tx, ClientContacts contacts) {

    <T> T asStaff(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm(), DemoUser.STAFF.subject(), "STAFF", null, false),
                () -> tx.execute(status -> work.get()));
    }

    <T> T asBudi(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm(), DemoUser.CLIENT.subject(), "CLIENT", majuJaya(), false),
                () -> tx.execute(status -> work.get()));
    }

    /** As a portal user of another client of the same firm. */
    <T> T asOtherClient(UUID otherClient, Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm(), "other-" + otherClient, "CLIENT", otherClient, false),
                () -> tx.execute(status -> work.get()));
    }

    UUID firm() {
        return OwnFirms.current().hartono();
    }

    UUID majuJaya() {
        return system(() -> jdbc.queryForObject("select client_id from membership where subject = ?", UUID.class,
                DemoUser.CLIENT.subject()));
    }

    UUID anotherClient() {
        UUID maju = majuJaya();
        return system(() -> jdbc.queryForObject("select id from client where id <> ? order by name limit 1",
                UUID.class, maju));
    }

    /** A new contact of PT Maju Jaya without a portal account: asked through a single-use link. */
    UUID newContact(String name) {
        UUID maju = majuJaya();
        return asStaff(() -> contacts.addContact(maju, new ContactDetails(name,
                "contact-" + UUID.randomUUID() + "@maju-jaya.test", null, null), false).id());
    }

    /** Budi as a contact of PT Maju Jaya (his portal account's address): asked in the portal. */
    UUID budiAsContact() {
        String email = system(() -> jdbc.queryForObject("select email from membership where subject = ?",
                String.class, DemoUser.CLIENT.subject()));
        UUID maju = majuJaya();
        return asStaff(() -> contacts.findContactByEmail(email).filter(c -> c.clientId().equals(maju))
                .orElseGet(() -> contacts.addContact(maju, new ContactDetails("Budi Setiawan", email, null, null),
                        false)).id());
    }

    private <T> T system(Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm()), () -> tx.execute(status -> work.get()));
    }

    static NewTestimonial given(String text) {
        return new NewTestimonial(5, text, "Budi Setiawan", "Director", "PT Maju Jaya", Set.of(ConsentScope.WEBSITE),
                Attribution.NAME, 1, "en");
    }
}
