package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractRenewed;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningMailServer;
import io.klien.contracts.SigningOrder;
import io.klien.identity.SignIn;
import io.klien.identity.UserAccounts;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.ProjectCompleted;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequests;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.events.OutstandingEvents;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asking at the right moment: a completed project, a renewed contract and some days after onboarding ask the
 * client's primary contact once, within the firm's rules and only while the trigger is on; the ask mail arrives over
 * SMTP (GreenMail) in the contact's language with a link that works.
 */
@SpringBootTest
@Import(SigningMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestimonialAsksTests {

    private static final Pattern LINK = Pattern.compile("/testimonial/[0-9a-f-]{36}/(\\S+)");

    @Autowired TestimonialRequests requests;
    @Autowired Testimonials testimonials;
    @Autowired OnboardingAskRun onboardingAsks;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired UserAccounts accounts;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired SatisfactionCheckins checkins;
    @Autowired SupportRequests support;
    @Autowired ContractTemplates contractTemplates;
    @Autowired Contracts contracts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired GreenMail greenMail;
    @Autowired SigningMailServer.Smtp smtp;
    @Autowired OutstandingEvents outstanding;
    @Value("${klien.public-url:http://localhost:8080}") String publicUrl;

    TwoFirms firms;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    @AfterEach
    void defaultRules() {
        firms.as(firms.adminOfA(), () -> requests.changeRules(AskRules.DEFAULTS));
    }

    @Test
    void aCompletedProjectAsksThePrimaryContactOnceWithAMailNamingTheProject() throws Exception {
        UUID client = newClient();
        String email = "sari-" + UUID.randomUUID() + "@c.test";
        contact(client, "Rudi Other", "rudi-" + UUID.randomUUID() + "@c.test", false);
        UUID sari = contact(client, "Sari Dewi", email, true);
        ProjectView project = project(client, "Tax review 2026");
        ProjectCompleted completed = new ProjectCompleted(firms.firmA, project.id(), client);

        publish(completed);
        List<TestimonialRequestView> asked = awaitAsks(client, 1);
        publish(completed);
        Thread.sleep(1500);

        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(AskTrigger.PROJECT_COMPLETED);
            assertThat(r.contactId()).as("the primary contact").isEqualTo(sari);
        });
        assertThat(asksOf(client)).as("once per project however often the event comes").hasSize(1);
        MimeMessage mail = SigningMailServer.await(greenMail, email, "would you share a few words about", 1);
        String text = textOf(mail);
        assertThat(mail.getSubject()).isEqualTo("Sari Dewi, would you share a few words about " + firmName() + "?");
        assertThat(text).contains("Hello Sari Dewi").contains("Your project \"Tax review 2026\" was completed.")
                .contains(publicUrl + "/testimonial/" + firms.firmA + "/");
        String token = tokenIn(text);
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> testimonials.askOfLink(token)).contactName())
                .as("the mailed link opens the ask").isEqualTo("Sari Dewi");
        Thread.sleep(500);
        assertThat(SigningMailServer.mailsTo(greenMail, email, "would you share")).as("mailed once").hasSize(1);
    }

    @Test
    void aRenewedContractAsksThePrimaryContactOnce() throws Exception {
        UUID client = newClient();
        String email = "dewi-" + UUID.randomUUID() + "@c.test";
        UUID dewi = contact(client, "Dewi Lestari", email, true);
        ContractView renewal = contract(client, dewi, "Retainer 2027");
        ContractRenewed renewed = new ContractRenewed(firms.firmA, UUID.randomUUID(), client, renewal.id(),
                LocalDate.now().plusYears(1));

        publish(renewed);
        List<TestimonialRequestView> asked = awaitAsks(client, 1);
        publish(renewed);
        Thread.sleep(1500);

        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(AskTrigger.CONTRACT_RENEWED);
            assertThat(r.contactId()).isEqualTo(dewi);
        });
        assertThat(asksOf(client)).hasSize(1);
        MimeMessage mail = SigningMailServer.await(greenMail, email, "would you share a few words", 1);
        assertThat(textOf(mail)).contains("Thank you for renewing with us: \"Retainer 2027\".");
    }

    @Test
    void theDayTheFirmsNumberOfDaysAfterOnboardingHavePassedThePrimaryContactIsAskedOnce() throws Exception {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        UUID onboarding = UUID.randomUUID();
        OnboardingCompleted completed = new OnboardingCompleted(firms.firmA, onboarding, client, null,
                java.time.Duration.ofDays(10));
        firms.as(firms.adminOfA(), () -> requests.changeRules(rules(AskRules.DEFAULTS, 30)));

        publish(completed);
        publish(completed);
        awaitCompletionRecorded(onboarding);
        Thread.sleep(1000);

        assertThat(completionsOf(onboarding)).as("recorded once however often the event comes").isEqualTo(1);
        onboardingAsks.askDue(List.of(firms.firmA));
        assertThat(asksOf(client)).as("not before the firm's number of days").isEmpty();

        completedDaysAgo(onboarding, 30);
        onboardingAsks.askDue(List.of(firms.firmA));
        onboardingAsks.askDue(List.of(firms.firmA));

        assertThat(asksOf(client)).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(AskTrigger.ONBOARDING_COMPLETED);
            assertThat(r.contactId()).isEqualTo(sari);
        });
    }

    @Test
    void anOnboardingLongPastItsDayIsLetGoInsteadOfAskedLate() throws Exception {
        UUID client = newClient();
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        UUID onboarding = UUID.randomUUID();
        publish(new OnboardingCompleted(firms.firmA, onboarding, client, null, java.time.Duration.ofDays(3)));
        awaitCompletionRecorded(onboarding);

        completedDaysAgo(onboarding, AskRules.DEFAULTS.daysAfterOnboarding() + 30);
        onboardingAsks.askDue(List.of(firms.firmA));

        assertThat(asksOf(client)).isEmpty();
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select outcome from"
                + " testimonial_onboarding_completion where onboarding_id = ?", String.class, onboarding)))
                .isEqualTo("MISSED");
    }

    @Test
    void aTriggerThatIsOffAsksNothing() throws Exception {
        firms.as(firms.adminOfA(), () -> requests.changeRules(new AskRules(90, true, 4, 14, false, true, false, 30)));
        UUID client = newClient();
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        UUID onboarding = UUID.randomUUID();

        publish(new ProjectCompleted(firms.firmA, UUID.randomUUID(), client));
        publish(new OnboardingCompleted(firms.firmA, onboarding, client, null, java.time.Duration.ofDays(3)));
        awaitCompletionRecorded(onboarding);
        completedDaysAgo(onboarding, 30);
        onboardingAsks.askDue(List.of(firms.firmA));
        Thread.sleep(1500);

        assertThat(asksOf(client)).isEmpty();
    }

    @Test
    void triggersKeepTheCooldownAndNeverAskAClientWithAnOpenSupportRequestOrALowLastRating() throws Exception {
        UUID askedLately = newClient();
        UUID rina = contact(askedLately, "Rina Wati", "rina-" + UUID.randomUUID() + "@c.test", true);
        firms.as(firms.staffOfA(), () -> requests.ask(askedLately, rina));
        UUID supported = newClient();
        contact(supported, "Budi Santoso", "budi-" + UUID.randomUUID() + "@c.test", true);
        firms.as(firms.staffOfA(), () -> support.raise(new NewSupportRequest(supported, null, "Billing",
                SupportPriority.HIGH, "The invoice is wrong"), List.of()));
        UUID unhappy = newClient();
        contact(unhappy, "Dewi Lestari", "dewi-" + UUID.randomUUID() + "@c.test", true);
        ProjectView rated = ratedProject(unhappy, 2);

        publish(new ProjectCompleted(firms.firmA, UUID.randomUUID(), askedLately));
        publish(new ContractRenewed(firms.firmA, UUID.randomUUID(), supported, UUID.randomUUID(),
                LocalDate.now().plusYears(1)));
        publish(new ProjectCompleted(firms.firmA, rated.id(), unhappy));
        Thread.sleep(2000);

        assertThat(asksOf(askedLately)).as("within the cooldown: only the manual ask").singleElement()
                .satisfies(r -> assertThat(r.trigger()).isEqualTo(AskTrigger.MANUAL));
        assertThat(asksOf(supported)).as("an open support request").isEmpty();
        assertThat(asksOf(unhappy)).as("a low last rating").isEmpty();
    }

    @Test
    void anIndonesianFirmAsksInBahasaIndonesiaWithTheLinkThatWorks() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm("kantor-" + suffix,
                "Kantor Hukum " + suffix, TenantKind.LAW_FIRM, "id", "Asia/Jakarta")).id());
        String staff = "staf-" + UUID.randomUUID();
        firms.asSystem(firm, () -> memberships.add(new NewMember(staff, staff + "@kantor.test", "Staf",
                FirmRole.STAFF, null, MembershipStatus.ACTIVE)));
        Scope staffScope = Scope.member(firm, staff, "STAFF", null, false);
        UUID client = firms.asSystem(firm, () -> clients.create("PT Klien " + suffix, ClientKind.ORGANIZATION).id());
        String email = "wati-" + suffix + "@klien.test";
        UUID wati = firms.as(staffScope, () -> contacts.addContact(client,
                new ContactDetails("Wati Susanti", email, null, null), true).id());

        IssuedAsk ask = firms.as(staffScope, () -> requests.ask(client, wati));

        MimeMessage mail = SigningMailServer.await(greenMail, email, "maukah Anda berbagi", 1);
        String text = textOf(mail);
        assertThat(mail.getSubject()).isEqualTo("Wati Susanti, maukah Anda berbagi sedikit tentang Kantor Hukum "
                + suffix + "?");
        assertThat(text).contains("Halo Wati Susanti").contains("Tulis testimoni Anda di sini:\n" + publicUrl
                + "/testimonial/" + firm + "/" + ask.linkToken()).contains("berlaku sekali pakai");
    }

    @Test
    void aPortalUserIsMailedTheirPortalPageInTheLanguageTheyChose() throws Exception {
        UUID client = newClient();
        String subject = "rina-" + UUID.randomUUID();
        String email = subject + "@c.test";
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, email, "Rina",
                FirmRole.CLIENT, client, MembershipStatus.ACTIVE)));
        UUID rina = contact(client, "Rina Wati", email, true);
        TenantContext.runIn(Scope.person(subject, false), () -> {
            accounts.recordSignIn(new SignIn(subject, email, "Rina Wati"));
            accounts.choosePreferredLocale(subject, "id");
        });

        IssuedAsk ask = firms.as(firms.staffOfA(), () -> requests.ask(client, rina));

        assertThat(ask.request().portal()).isTrue();
        MimeMessage mail = SigningMailServer.await(greenMail, email, "maukah Anda berbagi", 1);
        assertThat(textOf(mail)).contains(publicUrl + "/portal/testimonials")
                .doesNotContain("/testimonial/");
    }

    @Test
    void anEnglishFirmAsksAContactWithoutAPortalAccountInEnglishWithItsSingleUseLink() throws Exception {
        UUID client = newClient();
        String email = "agus-" + UUID.randomUUID() + "@c.test";
        UUID agus = contact(client, "Agus Salim", email, true);

        IssuedAsk ask = firms.as(firms.staffOfA(), () -> requests.ask(client, agus));

        MimeMessage mail = SigningMailServer.await(greenMail, email, "would you share a few words", 1);
        String text = textOf(mail);
        assertThat(text).contains("Write your testimonial here:\n" + publicUrl + "/"
                + TestimonialLinks.linkPath(firms.firmA, java.util.Objects.requireNonNull(ask.linkToken())))
                .contains("works once");
    }

    @Test
    void aMailRetriedAfterTheMailServerWasDownCarriesAFreshLinkAndTheUnsentOneNoLongerWorks() throws Exception {
        UUID client = newClient();
        String email = "tono-" + UUID.randomUUID() + "@c.test";
        UUID tono = contact(client, "Tono Sugiarto", email, true);
        IssuedAsk ask;
        smtp.down(true);
        try {
            ask = firms.as(firms.staffOfA(), () -> requests.ask(client, tono));
            awaitFailedMail(ask.request().id());
        } finally {
            smtp.down(false);
        }

        outstanding.resubmitOlderThan(java.time.Duration.ZERO, publication -> publication.getEvent()
                instanceof TestimonialRequested requested && requested.requestId().equals(ask.request().id()));

        String token = tokenIn(textOf(SigningMailServer.await(greenMail, email, "would you share a few words", 1)));
        assertThat(token).isNotEqualTo(ask.linkToken());
        assertThat(firms.as(Scope.visitor(firms.firmA), () -> testimonials.askOfLink(token)).id())
                .isEqualTo(ask.request().id());
        assertThatThrownBy(() -> firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.askOfLink(java.util.Objects.requireNonNull(ask.linkToken()))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.link.unknown[");
    }

    @Test
    void rulesWithBadNumbersAreRefusedAndNothingIsSaved() {
        AskRules before = firms.as(firms.adminOfA(), () -> requests.rules());

        assertThatThrownBy(() -> firms.as(firms.adminOfA(),
                () -> requests.changeRules(new AskRules(30, true, 4, 14, true, true, true, 0))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.rules.onboarding-days[");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(),
                () -> requests.changeRules(new AskRules(-1, true, 4, 14, true, true, true, 30))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.rules.cooldown[");
        assertThat(firms.as(firms.adminOfA(), () -> requests.rules())).isEqualTo(before);
        AskRules changed = new AskRules(30, false, 5, 7, false, true, false, 45);
        assertThat(firms.as(firms.adminOfA(), () -> requests.changeRules(changed))).isEqualTo(changed);
        assertThat(firms.as(firms.staffOfA(), () -> requests.rules())).isEqualTo(changed);
    }

    private static AskRules rules(AskRules base, int daysAfterOnboarding) {
        return new AskRules(base.cooldownDays(), base.askOnApproval(), base.minimumRating(), base.linkValidDays(),
                base.askOnProjectCompleted(), base.askOnContractRenewed(), true, daysAfterOnboarding);
    }

    private String firmName() {
        return TenantContext.callIn(Scope.system(null), () -> tenants.find(firms.firmA).orElseThrow().displayName());
    }

    /** The mail's text with the line breaks as written (SMTP sends CRLF). */
    private static String textOf(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent()).replace("\r\n", "\n");
    }

    private static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a single-use link in " + text).isTrue();
        return link.group(1);
    }

    /** Waits until the ask's mail failed (the publication of its event is marked failed). */
    private void awaitFailedMail(UUID requestId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer failed = jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED'"
                    + " and listener_id = 'testimonials.ask-mail.requested' and serialized_event like ?",
                    Integer.class, "%" + requestId + "%");
            if (failed != null && failed > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The ask mail of " + requestId + " never failed");
    }

    private void publish(Object event) {
        firms.asSystem(firms.firmA, () -> {
            publisher.publishEvent(event);
            return null;
        });
    }

    private List<TestimonialRequestView> asksOf(UUID client) {
        return firms.as(firms.staffOfA(), () -> requests.ofClient(client));
    }

    private int completionsOf(UUID onboarding) {
        Integer count = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from testimonial_onboarding_completion where onboarding_id = ?", Integer.class,
                onboarding));
        return count == null ? 0 : count;
    }

    private void awaitCompletionRecorded(UUID onboarding) throws InterruptedException {
        for (int i = 0; i < 100 && completionsOf(onboarding) == 0; i++) {
            Thread.sleep(100);
        }
    }

    private void completedDaysAgo(UUID onboarding, int days) {
        firms.asSystem(firms.firmA, () -> jdbc.update("update testimonial_onboarding_completion"
                + " set completed_on = current_date - ? where onboarding_id = ?", days, onboarding));
    }

    private UUID newClient() {
        return data().newClient();
    }

    private UUID contact(UUID client, String name, String email, boolean primary) {
        return data().contact(client, name, email, primary);
    }

    private ProjectView project(UUID client, String title) {
        return data().project(client, title);
    }

    private ContractView contract(UUID client, UUID signatory, String title) {
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> contractTemplates.list()).getFirst();
        return firms.as(firms.staffOfA(), () -> contracts.draft(client, template.templateId(), new ContractDraft(
                title, null, template.definition().terms(), List.of(SignatoryChoice.clientContact(signatory)),
                SigningOrder.PARALLEL, LocalDate.now().plusDays(30))));
    }

    /** A project of the client with a completed milestone its user rated. */
    private ProjectView ratedProject(UUID client, int score) {
        return data().ratedProject(client, score);
    }

    private FirmAClients data() {
        return new FirmAClients(firms, clients, contacts, projects, plans, checkins);
    }

    private List<TestimonialRequestView> awaitAsks(UUID client, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<TestimonialRequestView> asked = asksOf(client);
            if (asked.size() >= count) {
                return asked;
            }
            Thread.sleep(100);
        }
        return asksOf(client);
    }
}
