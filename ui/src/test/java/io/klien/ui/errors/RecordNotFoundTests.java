package io.klien.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record's address with an id that names nothing the user may open gets the not-found page, the same for a missing
 * record as for another firm's; "no access" stays for pages the user's role does not include.
 */
@SpringBootTest
class RecordNotFoundTests extends DemoFirmBrowserlessTest {

    private static final String NOT_FOUND_TEXT =
            "We could not find this record. It may have been removed, or the link may be incomplete. Start again from the home page.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clients clients;

    @Autowired
    Onboardings onboardings;

    @Autowired
    OnboardingTemplates templates;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aClientIdThatNamesNoRecordShowsNotFound() {
        actAs(DemoUser.STAFF);

        navigate("clients/" + UUID.randomUUID(), NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
        assertThat($(Paragraph.class).id("not-found-text").getText()).isEqualTo(NOT_FOUND_TEXT);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void anotherFirmsClientIdShowsTheSameNotFoundAndNothingOfTheRecord() {
        actAs(DemoUser.STAFF);
        UUID otherFirm = OwnFirms.current().kanvas();
        UUID theirClient = TenantContext.callIn(TenantContext.Scope.system(otherFirm), () -> tx.execute(status ->
                jdbc.queryForObject("select id from client where name = 'Kopi Nusantara'", UUID.class)));

        NotFoundView view = navigate("clients/" + theirClient, NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
        assertThat($(Paragraph.class).id("not-found-text").getText()).isEqualTo(NOT_FOUND_TEXT);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Kopi Nusantara");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void leadAndOnboardingAddressesWithoutARecordShowNotFound() {
        actAs(DemoUser.STAFF);

        navigate("leads/" + UUID.randomUUID(), NotFoundView.class);
        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");

        navigate("leads/not-an-id", NotFoundView.class);
        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");

        navigate("onboarding/" + UUID.randomUUID(), NotFoundView.class);
        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
    }

    @Test
    @SignedInAs(DemoUser.CLIENT)
    void aClientUserOpeningAnotherClientsOnboardingGetsNotFound() {
        UUID firm = OwnFirms.current().hartono();
        UUID othersOnboarding = TenantContext.callIn(TenantContext.Scope.system(firm), () -> {
            UUID client = clients.create("Another Client " + UUID.randomUUID().toString().substring(0, 6),
                    ClientKind.ORGANIZATION).id();
            UUID template = templates.list().stream().filter(t -> t.currentVersion() != null).findFirst().orElseThrow()
                    .templateId();
            return onboardings.start(client, template).onboarding().id();
        });
        actAs(DemoUser.CLIENT);

        navigate("portal/onboarding/" + othersOnboarding, NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffOpeningAnAdminPageStillGetNoAccessEvenForARecordThatDoesNotExist() {
        actAs(DemoUser.STAFF);

        navigate("admin/members", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");

        navigate("admin/onboarding-templates/" + UUID.randomUUID(), AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminOpeningATemplateThatDoesNotExistGetsNotFound() {
        actAs(DemoUser.TENANT_ADMIN);

        navigate("admin/onboarding-templates/" + UUID.randomUUID(), NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
    }
}
