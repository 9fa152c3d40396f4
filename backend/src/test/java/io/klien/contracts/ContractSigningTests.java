package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.audit.AuditRequestContext;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.internal.ContractRows;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing ceremony on PostgreSQL with mail over SMTP to GreenMail: one-time codes, consent, reading, who may
 * sign, the order, the seal made once when the last signatory signs, and the sealed PDF downloaded and mailed.
 */
@SpringBootTest
@Import(SigningMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractSigningTests {

    static final String IP = "203.0.113.7";
    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) KlienSigningTest/1.0";
    static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractSigning signing;
    @Autowired ContractSeals seals;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired GreenMail greenMail;
    @Autowired SigningMailServer.Smtp smtp;
    @Autowired io.klien.shared.events.OutstandingEvents outstanding;

    TwoFirms firms;
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String budiEmail = "budi-" + suffix + "@maju.test";
    String sariEmail = "sari-" + suffix + "@maju.test";
    UUID budiContact;
    UUID sariContact;
    UUID template;
    Scope budi;
    Scope sari;
    Scope joko;
    Scope otherClientsUser;
    Scope firmSigner;
    String staffEmail;

    @BeforeAll
    void aFirmWithAClientItsPeopleAndPortalUsers() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        budiContact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", budiEmail, null, "Director"), true).id());
        sariContact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Sari Dewi", sariEmail, null, "Commissioner"), false).id());
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        budi = clientUser(firms.clientA1, budiEmail, "Budi Santoso");
        sari = clientUser(firms.clientA1, sariEmail, "Sari Dewi");
        joko = clientUser(firms.clientA1, "joko-" + suffix + "@maju.test", "Joko");
        // the same address as a signatory, but a user of another client
        otherClientsUser = clientUser(firms.clientA2, budiEmail.replace("budi-", "budi2-"), "Budi Dua");
        firmSigner = firms.staffOfA();
        staffEmail = firms.staffA + "@a.test";
    }

    Scope clientUser(UUID client, String email, String name) {
        String subject = "client-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, email, name, FirmRole.CLIENT, client,
                MembershipStatus.ACTIVE)));
        return Scope.member(firms.firmA, subject, "CLIENT", client, false);
    }

    /** Everything as a request from the test browser would carry it: IP address and user agent. */
    <T> T as(Scope scope, Supplier<T> work) {
        try (AuditRequestContext.Binding request = AuditRequestContext.bind(IP, AGENT, null)) {
            return firms.as(scope, work);
        }
    }

    ContractView sent(SigningOrder order, String title, SignatoryChoice... who) {
        return firms.as(firms.staffOfA(), () -> {
            LocalDate start = LocalDate.now();
            ContractTerms t = TermsRulesTests.goodTerms();
            ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(),
                    Term.autoRenewing(start, start.plusYears(1), 12, 30), t.quotas(), t.penalties(), t.termination(),
                    true, false);
            ContractView draft = contracts.draft(firms.clientA1, template, new ContractDraft(title, null, terms,
                    List.of(who), order, LocalDate.now().plusDays(30)));
            return contracts.send(draft.id());
        });
    }

    ContractView budiAndFirm(String title) {
        return sent(SigningOrder.PARALLEL, title, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.firmMember(firms.staffA));
    }

    UUID signatoryOf(ContractView contract, String name) {
        return contract.signatories().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Asks for a code and reads it from the mail that reached GreenMail. */
    String requestAndReadCode(Scope who, String email, UUID contractId, UUID signatoryId) throws Exception {
        int before = SigningMailServer.mailsTo(greenMail, email, "code").size();
        as(who, () -> signing.requestCode(contractId, signatoryId));
        MimeMessage mail = SigningMailServer.await(greenMail, email, "code", before + 1);
        Matcher digits = SIX_DIGITS.matcher(GreenMailUtil.getBody(mail));
        assertThat(digits.find()).as("a six-digit code in the mail").isTrue();
        return digits.group(1);
    }

    /** Opens, reads to the end, consents and confirms a mailed code. */
    void readyToSign(Scope who, String email, UUID contractId, UUID signatoryId) throws Exception {
        as(who, () -> signing.open(contractId, signatoryId));
        as(who, () -> signing.markRead(contractId, signatoryId));
        as(who, () -> signing.consent(contractId, signatoryId, signing.disclosure(Locale.ENGLISH).version()));
        String code = requestAndReadCode(who, email, contractId, signatoryId);
        assertThat(as(who, () -> signing.verifyCode(contractId, signatoryId, code)).codeVerified()).isTrue();
    }

    static String wrongCode(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aWrongExpiredOrReusedCodeIsRefusedAndFiveWrongAttemptsUseTheCodeUp() throws Exception {
        ContractView contract = budiAndFirm("Codes " + suffix);
        UUID who = signatoryOf(contract, "Budi Santoso");

        String code = requestAndReadCode(budi, budiEmail, contract.id(), who);
        assertThatThrownBy(() -> as(budi, () -> signing.verifyCode(contract.id(), who, wrongCode(code))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contracts.code.wrong");
                    assertThat(e.field()).contains("code");
                    assertThat(e.arguments()).containsExactly(4);
                });
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select attempts from contract_signing_code where signatory_id = ?", Integer.class, who)))
                .as("the failed attempt is kept").isEqualTo(1);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select code_hash from contract_signing_code where signatory_id = ?", String.class, who)))
                .as("only a hash is stored").doesNotContain(code).hasSize(64);
        assertThat(as(budi, () -> signing.verifyCode(contract.id(), who, code)).codeVerified()).isTrue();
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, code)), "contracts.code.used");

        String expiring = requestAndReadCode(budi, budiEmail, contract.id(), who);
        firms.asSystem(firms.firmA, () -> jdbc.update("update contract_signing_code set expires_at = now() - interval"
                + " '1 second' where signatory_id = ? and verified_at is null", who));
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, expiring)), "contracts.code.expired");

        String guessed = requestAndReadCode(budi, budiEmail, contract.id(), who);
        for (int attempt = 1; attempt < 5; attempt++) {
            refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, wrongCode(guessed))),
                    "contracts.code.wrong");
        }
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, wrongCode(guessed))),
                "contracts.code.too-many-attempts");
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, guessed)),
                "contracts.code.too-many-attempts");
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), who, "12ab")), "contracts.code.format");
        firms.asSystem(firms.firmA, () -> jdbc.update("update contract set expires_on = current_date - 1 where id = ?",
                contract.id()));
        refused(() -> as(budi, () -> signing.requestCode(contract.id(), who)), "contracts.sign.expired");
        assertThat(actions(contract.id())).contains("contract.code-sent", "contract.code-verified",
                "contract.code-failed");
    }

    @Test
    void consentIsRequiredOnceAndCanBeWithdrawnThenGivenAgain() throws Exception {
        ContractView contract = budiAndFirm("Consent " + suffix);
        UUID who = signatoryOf(contract, "Budi Santoso");
        Scope person = clientUser(firms.clientA1, budiEmail, "Budi again");
        as(person, () -> signing.markRead(contract.id(), who));
        String code = requestAndReadCode(person, budiEmail, contract.id(), who);
        as(person, () -> signing.verifyCode(contract.id(), who, code));

        refused(() -> as(person, () -> signing.sign(contract.id(), who, SignatureMark.typed("Budi Santoso"))),
                "contracts.sign.no-consent");
        refused(() -> as(person, () -> signing.consent(contract.id(), who, 99)), "contracts.consent.outdated");
        assertThat(as(person, () -> signing.consent(contract.id(), who, 1)).consented()).isTrue();
        assertThat(as(person, () -> signing.withdrawConsent(contract.id(), who)).consented()).isFalse();
        refused(() -> as(person, () -> signing.sign(contract.id(), who, SignatureMark.typed("Budi Santoso"))),
                "contracts.sign.no-consent");
        refused(() -> as(person, () -> signing.withdrawConsent(contract.id(), who)), "contracts.consent.none");

        as(person, () -> signing.consent(contract.id(), who, 1));
        ContractView signed = as(person, () -> signing.sign(contract.id(), who, SignatureMark.typed("Budi Santoso")));

        assertThat(signed.status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForList(
                "select withdrawn_at is not null from contract_signing_consent where subject = ? order by consented_at",
                Boolean.class, person.subject()))).containsExactly(true, false);
        assertThat(actions(contract.id())).contains("contract.consented", "contract.consent-withdrawn",
                "contract.signature-recorded");
    }

    @Test
    void signingIsRefusedUntilTheDocumentWasReadAndWithoutAConfirmedCode() throws Exception {
        ContractView contract = budiAndFirm("Read first " + suffix);
        UUID who = signatoryOf(contract, "Budi Santoso");
        as(budi, () -> signing.open(contract.id(), who));
        as(budi, () -> signing.consent(contract.id(), who, 1));

        refused(() -> as(budi, () -> signing.sign(contract.id(), who, SignatureMark.typed("Budi"))),
                "contracts.sign.not-read");
        as(budi, () -> signing.markRead(contract.id(), who));
        refused(() -> as(budi, () -> signing.sign(contract.id(), who, SignatureMark.typed("Budi"))),
                "contracts.sign.no-code");
        String code = requestAndReadCode(budi, budiEmail, contract.id(), who);
        as(budi, () -> signing.verifyCode(contract.id(), who, code));
        refused(() -> as(budi, () -> signing.sign(contract.id(), who, new SignatureMark("Budi",
                SampleContracts.drawnSignature()))), "contracts.signature.one-mark");
        refused(() -> as(budi, () -> signing.sign(contract.id(), who, SignatureMark.drawn(
                "GIF89a not a png".getBytes(StandardCharsets.US_ASCII)))), "contracts.signature.drawn.invalid");
        assertThat(firms.as(firms.staffOfA(), () -> contracts.get(contract.id())).status())
                .as("nothing signed by the refused calls").isEqualTo(ContractStatus.SENT);

        assertThat(as(budi, () -> signing.sign(contract.id(), who, SignatureMark.drawn(
                SampleContracts.drawnSignature()))).status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
    }

    @Test
    void onlyTheSignatorySignedInAsThemselvesTakesPartInSigning() {
        ContractView contract = budiAndFirm("Who signs " + suffix);
        UUID budiRow = signatoryOf(contract, "Budi Santoso");
        UUID firmRow = signatoryOf(contract, "Staff A");
        long evidence = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from contract_signing_event where contract_id = ?", Long.class, contract.id()));

        assertThatThrownBy(() -> as(otherClientsUser, () -> signing.open(contract.id(), budiRow)))
                .as("a client user of another client").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherClientsUser, () -> signing.sign(contract.id(), budiRow,
                SignatureMark.typed("Budi")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(joko, () -> signing.open(contract.id(), budiRow)))
                .as("a client user of the client who is not the signatory").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(joko, () -> signing.requestCode(contract.id(), budiRow)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(budi, () -> signing.open(contract.id(), firmRow)))
                .as("a client user for the firm's signatory").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(firms.adminOfA(), () -> signing.open(contract.id(), firmRow)))
                .as("another member for the firm's signatory").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(firms.adminOfB(), () -> signing.open(contract.id(), budiRow)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as(Scope.system(firms.firmA), () -> signing.open(contract.id(), budiRow)))
                .as("nobody signs without signing in").isInstanceOf(AccessDeniedException.class);

        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from contract_signing_event where contract_id = ?", Long.class, contract.id())))
                .isEqualTo(evidence);
        assertThat(as(budi, () -> signing.open(contract.id(), budiRow)).mayRequestCode()).isTrue();
        assertThat(as(firmSigner, () -> signing.open(contract.id(), firmRow)).read()).isFalse();
    }

    @Test
    void signatoriesAreInvitedByMailWhenItIsTheirTurnOnceEach() throws Exception {
        String title = "Invited in turn " + suffix;
        ContractView contract = sent(SigningOrder.SEQUENTIAL, title, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.clientContact(sariContact));
        String subject = "Please sign \"" + title + "\"";

        MimeMessage invitation = SigningMailServer.await(greenMail, budiEmail, subject, 1);
        String body = String.valueOf(invitation.getContent());
        assertThat(body).contains("Budi Santoso").contains("/portal/contracts/" + contract.id())
                .contains("one-time code");
        assertThat(SigningMailServer.mailsTo(greenMail, sariEmail, subject)).as("not her turn yet").isEmpty();

        UUID budiRow = signatoryOf(contract, "Budi Santoso");
        readyToSign(budi, budiEmail, contract.id(), budiRow);
        as(budi, () -> signing.sign(contract.id(), budiRow, SignatureMark.typed("Budi Santoso")));

        SigningMailServer.await(greenMail, sariEmail, subject, 1);
        Thread.sleep(500);
        assertThat(SigningMailServer.mailsTo(greenMail, budiEmail, subject)).as("invited once").hasSize(1);

        String parallel = "Invited together " + suffix;
        ContractView both = sent(SigningOrder.PARALLEL, parallel, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.firmMember(firms.staffA));
        SigningMailServer.await(greenMail, budiEmail, "Please sign \"" + parallel, 1);
        MimeMessage toFirm = SigningMailServer.await(greenMail, staffEmail, "Please sign \"" + parallel, 1);
        assertThat(String.valueOf(toFirm.getContent())).contains("/contracts/" + both.id() + "/sign")
                .doesNotContain("/portal");
    }

    @Test
    void sequentialSignatoriesSignInTurn() throws Exception {
        ContractView contract = sent(SigningOrder.SEQUENTIAL, "In turn " + suffix,
                SignatoryChoice.clientContact(budiContact), SignatoryChoice.clientContact(sariContact),
                SignatoryChoice.firmMember(firms.staffA));
        UUID budiRow = signatoryOf(contract, "Budi Santoso");
        UUID sariRow = signatoryOf(contract, "Sari Dewi");
        UUID firmRow = signatoryOf(contract, "Staff A");
        readyToSign(sari, sariEmail, contract.id(), sariRow);

        assertThatThrownBy(() -> as(sari, () -> signing.sign(contract.id(), sariRow, SignatureMark.typed("Sari"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contracts.sign.out-of-order");
                    assertThat(e.arguments()).containsExactly("Budi Santoso");
                });
        readyToSign(budi, budiEmail, contract.id(), budiRow);
        assertThat(as(budi, () -> signing.sign(contract.id(), budiRow, SignatureMark.typed("Budi Santoso")))
                .status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThat(as(sari, () -> signing.sign(contract.id(), sariRow, SignatureMark.typed("Sari Dewi")))
                .status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        readyToSign(firmSigner, staffEmail, contract.id(), firmRow);
        ContractView done = as(firmSigner, () -> signing.sign(contract.id(), firmRow, SignatureMark.typed("Staff A")));

        assertThat(done.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(as(sari, () -> signing.signedPdf(contract.id())).pdf()).isNotEmpty();
    }

    @Test
    void twoSignatoriesOfAParallelContractSigningAtTheSameMomentSealItOnce() throws Exception {
        String title = "At once " + suffix;
        ContractView contract = budiAndFirm(title);
        UUID budiRow = signatoryOf(contract, "Budi Santoso");
        UUID firmRow = signatoryOf(contract, "Staff A");
        readyToSign(budi, budiEmail, contract.id(), budiRow);
        readyToSign(firmSigner, staffEmail, contract.id(), firmRow);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ContractView> first = pool.submit(() -> {
                start.await();
                return as(budi, () -> signing.sign(contract.id(), budiRow, SignatureMark.typed("Budi Santoso")));
            });
            Future<ContractView> second = pool.submit(() -> {
                start.await();
                return as(firmSigner, () -> signing.sign(contract.id(), firmRow, SignatureMark.typed("Staff A")));
            });
            start.countDown();
            List<ContractStatus> statuses = List.of(first.get(60, TimeUnit.SECONDS).status(),
                    second.get(60, TimeUnit.SECONDS).status());
            assertThat(statuses).containsExactlyInAnyOrder(ContractStatus.PARTIALLY_SIGNED, ContractStatus.ACTIVE);
        } finally {
            pool.shutdownNow();
        }

        assertThat(firms.as(firms.staffOfA(), () -> contracts.get(contract.id())).signatories())
                .allMatch(s -> s.status() == SignatoryStatus.SIGNED);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from contract_signed_pdf where contract_id = ?", Long.class, contract.id())))
                .isEqualTo(1);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from contract_seal where contract_title = ?", Long.class, title))).isEqualTo(1);
        assertThat(actions(contract.id()).stream().filter("contract.completed"::equals)).hasSize(1);
    }

    @Test
    void theSignedPdfIsSealedCarriesEveryEventAndReachesEveryPartyByMail() throws Exception {
        ContractView contract = budiAndFirm("Engagement letter " + suffix);
        UUID budiRow = signatoryOf(contract, "Budi Santoso");
        UUID firmRow = signatoryOf(contract, "Staff A");
        String code = requestAndReadCode(budi, budiEmail, contract.id(), budiRow);
        refused(() -> as(budi, () -> signing.verifyCode(contract.id(), budiRow, wrongCode(code))),
                "contracts.code.wrong");
        as(budi, () -> signing.consent(contract.id(), budiRow, 1));
        as(budi, () -> signing.withdrawConsent(contract.id(), budiRow));
        readyToSign(budi, budiEmail, contract.id(), budiRow);
        as(budi, () -> signing.sign(contract.id(), budiRow, SignatureMark.drawn(SampleContracts.drawnSignature())));
        readyToSign(firmSigner, staffEmail, contract.id(), firmRow);
        as(firmSigner, () -> signing.sign(contract.id(), firmRow, SignatureMark.typed("Staff A")));

        SignedContractFile file = as(budi, () -> signing.signedPdf(contract.id()));
        Path sample = Path.of("target", "sealed-samples", "signed-contract.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, file.pdf());

        SealVerification verified = firms.as(Scope.system(firms.firmA), () -> seals.verify(file.pdf()));
        assertThat(verified.status()).as("%s", verified).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(verified.verificationCode()).isEqualTo(file.verificationCode());
        assertThat(verified.signatories()).extracting(SignedBy::name).containsExactly("Budi Santoso", "Staff A");
        IndependentSealCheck.Result independent = IndependentSealCheck.check(file.pdf());
        assertThat(independent.untouched()).as("%s", independent).isTrue();

        String text = Normalizer.normalize(ExternalTools.run("pdftotext", sample, "-layout").text(),
                Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        assertThat(text).contains("Certificate of completion", "Sent for signature", "Opened the document",
                "Read the document to its end", "Consented to do business electronically (disclosure version 1)",
                "Withdrew the consent", "One-time code mailed to b***@maju.test", "Wrong one-time code entered",
                "One-time code confirmed", "Signed (drawn signature)", "Signed (typed name \"Staff A\")", IP,
                "KlienSigningTest/1.0", "UTC", verified.documentSha256(), file.verificationCode(), "Budi Santoso",
                "Staff A");

        for (String address : List.of(budiEmail, staffEmail)) {
            MimeMessage mail = SigningMailServer.await(greenMail, address, "Signed: \"" + contract.title(), 1);
            assertThat(sha256(attachedPdf(mail))).as("the sealed PDF attached for %s", address)
                    .isEqualTo(file.sealedSha256());
            assertThat(GreenMailUtil.getBody(mail)).contains(file.verificationCode());
        }
        assertThatThrownBy(() -> as(otherClientsUser, () -> signing.signedPdf(contract.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions(contract.id())).contains("contract.viewed", "contract.read", "contract.consented",
                "contract.code-sent", "contract.code-verified", "contract.code-failed", "contract.signature-recorded",
                "contract.signed", "contract.completed", "contract.downloaded");
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withTargetType("contract"),
                PageRequest.of(0, 200))).getContent().stream()
                .filter(e -> contract.id().toString().equals(e.targetId()) && "contract.downloaded".equals(e.action())))
                .allSatisfy(e -> assertThat(e.ip()).isEqualTo(IP));
    }

    @Test
    void theSignedPdfMailSurvivesAMailServerThatIsDownAndGoesOutOnceOnResubmission() throws Exception {
        ContractView contract = sent(SigningOrder.PARALLEL, "Mailed later " + suffix,
                SignatoryChoice.clientContact(sariContact));
        UUID who = signatoryOf(contract, "Sari Dewi");
        readyToSign(sari, sariEmail, contract.id(), who);
        String subject = "Signed: \"" + contract.title();
        int refusedBefore = smtp.refused();
        smtp.down(true);
        try {
            assertThat(as(sari, () -> signing.sign(contract.id(), who, SignatureMark.typed("Sari Dewi"))).status())
                    .as("signed although the mail could not go out").isEqualTo(ContractStatus.ACTIVE);
            for (int i = 0; i < 200 && smtp.refused() == refusedBefore; i++) {
                Thread.sleep(50);
            }
            assertThat(smtp.refused()).as("the mail was tried while the server was down").isGreaterThan(refusedBefore);
            Thread.sleep(300);
        } finally {
            smtp.down(false);
        }
        assertThat(SigningMailServer.mailsTo(greenMail, sariEmail, subject)).isEmpty();

        java.util.function.Predicate<org.springframework.modulith.events.EventPublication> ours = p ->
                ContractRows.isSignedContractMail(p.getEvent(), contract.id());
        outstanding.resubmitOlderThan(java.time.Duration.ZERO, ours);
        SigningMailServer.await(greenMail, sariEmail, subject, 1);
        outstanding.resubmitOlderThan(java.time.Duration.ZERO, ours);
        Thread.sleep(500);

        assertThat(SigningMailServer.mailsTo(greenMail, sariEmail, subject)).hasSize(1);
    }

    @Test
    void aSignatoryDeclinesWithAReasonAndTheContractIsVoided() {
        ContractView contract = budiAndFirm("Declined " + suffix);
        UUID who = signatoryOf(contract, "Budi Santoso");

        assertThatThrownBy(() -> as(budi, () -> signing.decline(contract.id(), who, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("reason"));
        ContractView declined = as(budi, () -> signing.decline(contract.id(), who, "The fee is too high"));

        assertThat(declined.status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(firms.as(firms.staffOfA(), () -> signing.trail(contract.id()))).extracting(SigningEvent::description)
                .contains("Declined: The fee is too high");
        refused(() -> as(budi, () -> signing.requestCode(contract.id(), who)), "contracts.sign.voided");
        assertThat(actions(contract.id())).contains("contract.declined", "contract.voided");
    }

    @Test
    void aClientUserListsOnlyTheContractsOfTheirOwnClientSentToThemForSignature() throws Exception {
        String mark = "Mine " + suffix + " ";
        UUID budiAtTheOtherClient = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA2,
                new ContactDetails("Budi Santoso", budiEmail, null, "Advisor"), true).id());
        Scope budiOfTheOtherClient = clientUser(firms.clientA2, budiEmail, "Budi at the other client");
        ContractView inTurn = sent(SigningOrder.SEQUENTIAL, mark + "in turn", SignatoryChoice.clientContact(sariContact),
                SignatoryChoice.clientContact(budiContact));
        ContractView together = budiAndFirm(mark + "together");
        ContractView draft = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, template,
                new ContractDraft(mark + "draft", null, TermsRulesTests.goodTerms(),
                        List.of(SignatoryChoice.clientContact(budiContact)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30))));
        ContractView voided = budiAndFirm(mark + "voided");
        firms.as(firms.staffOfA(), () -> contracts.voidContract(voided.id(), "Sent by mistake"));
        ContractView otherClients = firms.as(firms.staffOfA(), () -> {
            ContractView d = contracts.draft(firms.clientA2, template, new ContractDraft(mark + "other client", null,
                    TermsRulesTests.goodTerms(), List.of(SignatoryChoice.clientContact(budiAtTheOtherClient)),
                    SigningOrder.PARALLEL, LocalDate.now().plusDays(30)));
            return contracts.send(d.id());
        });

        List<SignatureRequest> budis = mine(budi, mark);
        assertThat(budis).extracting(SignatureRequest::contractId)
                .as("sent to him, newest first; no draft, nothing voided unsigned, nothing of another client")
                .containsExactly(together.id(), inTurn.id())
                .doesNotContain(draft.id(), voided.id(), otherClients.id());
        SignatureRequest waiting = budis.get(1);
        assertThat(waiting.signatoryId()).isEqualTo(signatoryOf(inTurn, "Budi Santoso"));
        assertThat(waiting.signatoryStatus()).isEqualTo(SignatoryStatus.PENDING);
        assertThat(waiting.yourTurn()).as("Sari signs first").isFalse();
        assertThat(waiting.waitingFor()).isEqualTo("Sari Dewi");
        assertThat(waiting.sentAt()).isNotNull();
        assertThat(waiting.expiresOn()).isEqualTo(inTurn.expiresOn());
        assertThat(budis.getFirst().yourTurn()).as("parallel: his turn at once").isTrue();
        assertThat(mine(sari, mark)).singleElement().satisfies(r -> {
            assertThat(r.contractId()).isEqualTo(inTurn.id());
            assertThat(r.yourTurn()).isTrue();
        });
        assertThat(mine(joko, mark)).as("a contact of the client who signs nothing").isEmpty();
        assertThat(mine(budiOfTheOtherClient, mark)).as("the same address at the other client sees only its own")
                .extracting(SignatureRequest::contractId).containsExactly(otherClients.id());
        assertThatThrownBy(() -> as(firms.staffOfA(), () -> signing.mine()))
                .as("staff have no portal list").isInstanceOf(AccessDeniedException.class);
        assertThat(as(budi, () -> signing.mine(voided.id()))).as("his part in one contract, also once voided")
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ContractStatus.VOIDED));
        assertThat(as(joko, () -> signing.mine(inTurn.id()))).as("not a signatory").isEmpty();
        assertThatThrownBy(() -> as(budi, () -> signing.mine(otherClients.id())))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> as(budi, () -> signing.mine(draft.id())), "contracts.not-found");

        UUID sariRow = signatoryOf(inTurn, "Sari Dewi");
        readyToSign(sari, sariEmail, inTurn.id(), sariRow);
        as(sari, () -> signing.sign(inTurn.id(), sariRow, SignatureMark.typed("Sari Dewi")));
        SignatureRequest now = mine(budi, mark).get(1);
        assertThat(now.yourTurn()).isTrue();
        assertThat(now.waitingFor()).isNull();
        assertThat(now.status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);

        UUID budiRow = signatoryOf(inTurn, "Budi Santoso");
        readyToSign(budi, budiEmail, inTurn.id(), budiRow);
        as(budi, () -> signing.sign(inTurn.id(), budiRow, SignatureMark.typed("Budi Santoso")));
        SignatureRequest signed = mine(budi, mark).get(1);
        assertThat(signed.status()).as("signed contracts stay listed").isEqualTo(ContractStatus.ACTIVE);
        assertThat(signed.signatoryStatus()).isEqualTo(SignatoryStatus.SIGNED);
        assertThat(signed.yourTurn()).isFalse();
        assertThat(signed.signedAt()).isNotNull();
        assertThat(as(budi, () -> signing.sealed(inTurn.id()))).isTrue();
        assertThat(as(budi, () -> signing.sealed(together.id()))).isFalse();
    }

    private List<SignatureRequest> mine(Scope who, String mark) {
        return as(who, () -> signing.mine()).stream().filter(r -> r.title().startsWith(mark)).toList();
    }

    private List<String> actions(UUID contractId) {
        List<String> found = new ArrayList<>();
        firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withTargetType("contract"),
                PageRequest.of(0, 500))).getContent().stream()
                .filter(e -> contractId.toString().equals(e.targetId())).map(AuditEntryView::action)
                .forEach(found::add);
        return found;
    }

    private static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static byte[] attachedPdf(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && part.getContentType().toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }
}
