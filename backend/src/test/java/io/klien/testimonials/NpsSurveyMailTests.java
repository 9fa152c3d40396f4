package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.SigningMailServer;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey run mails every contact it surveys: a single-use link to whoever has no portal account (and only its
 * hash is kept), the portal to whoever has one.
 */
@SpringBootTest
@Import(SigningMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NpsSurveyMailTests {

    @Autowired NpsSurveys surveys;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired GreenMail greenMail;

    TwoFirms firms;

    @BeforeAll
    void aFirm() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    @Test
    void aContactWithoutAnAccountGetsAWorkingLinkAndAPortalUserThePortal() throws Exception {
        String sari = "sari-" + UUID.randomUUID() + "@c.test";
        String rina = "rina-" + UUID.randomUUID() + "@c.test";
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember("rina-" + UUID.randomUUID(), rina, "Rina",
                FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        firms.as(firms.staffOfA(), () -> contacts.addContact(firms.clientA1, new ContactDetails("Sari Dewi", sari,
                null, null), true));
        firms.as(firms.staffOfA(), () -> contacts.addContact(firms.clientA1, new ContactDetails("Rina Wati", rina,
                null, null), false));
        firms.as(firms.adminOfA(), () -> surveys.changeSettings(new NpsSettings(true, 90, 14)));
        try {
            assertThat(firms.asSystem(firms.firmA, () -> surveys.sendDue())).isEqualTo(2);
        } finally {
            firms.as(firms.adminOfA(), () -> surveys.changeSettings(NpsSettings.DEFAULTS));
        }

        String toSari = single(sari).getContent().toString();
        String link = toSari.lines().filter(l -> l.contains("/nps/" + firms.firmA + "/")).findFirst().orElseThrow()
                .strip();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(single(sari).getSubject()).endsWith("how likely are you to recommend us?");
        assertThat(toSari).startsWith("Hello Sari Dewi,");
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> surveys.surveyOfLink(token)).contactName())
                .as("the mailed link opens the survey").isEqualTo("Sari Dewi");
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForList(
                "select token_hash from nps_survey where client_id = ?", String.class, firms.clientA1)))
                .as("only hashes are kept").doesNotContain(token).noneMatch(h -> h != null && h.contains(token));
        String toRina = single(rina).getContent().toString();
        assertThat(toRina).contains("/portal").doesNotContain("/nps/");
    }

    private MimeMessage single(String address) throws Exception {
        List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
