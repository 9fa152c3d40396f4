package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import io.klien.ui.errors.NotFoundView;
import io.klien.ui.portal.PortalHomeView;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing pages: Budi, a portal user of PT Maju Jaya, finds the contracts sent to him on his portal home and list,
 * and signs through the ceremony on the contract's page (read to the end, consent, the mailed code, a typed name) or
 * declines; he is told when it is not his turn, when the contract was voided, and is refused another client's
 * contract. The firm's signatory finds Sign on the contract's page when it is their turn, and the sealed PDF there
 * once everyone signed.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningPagesTests extends DemoFirmBrowserlessTest {

    static final String BUDI_EMAIL = "budi@maju-jaya.test";

    @Autowired Contracts contracts;
    @Autowired ContractSigning signing;
    @Autowired ContractTemplates templates;
    @Autowired ClientContacts clientContacts;
    @Autowired FirmFormats formats;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationContext context;

    @Test
    @Order(1)
    @SignedInAs(DemoUser.CLIENT)
    void beforeAnythingIsSentThePortalSaysWhereContractsWillAppear() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(PortalHomeView.class);
        assertThat($(Paragraph.class).id("portal-tasks-none").getText())
                .isEqualTo("Nothing waits for you right now.");
        navigate(PortalContractsView.class);
        assertThat($(Paragraph.class).id("portal-contracts-empty").getText()).startsWith(
                "No contracts have been sent to you for signature. When your firm sends one, we email you");
    }

    @Test
    @Order(2)
    @SignedInAs(DemoUser.CLIENT)
    void aContractSentForHisSignatureIsATaskOnThePortalHomeAndListedWithWhereItStands() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView his = asStaff(() -> sent("Engagement letter", SigningOrder.PARALLEL, budi(), rudi()));
        ContractView afterRudi = asStaff(() -> sent("Retainer", SigningOrder.SEQUENTIAL, rudi(), budi()));
        asStaff(() -> contracts.draft(majuJaya(), templates.list().getFirst().templateId(), new ContractDraft(
                unique("Draft only"), null, terms(), List.of(budi()), SigningOrder.PARALLEL, formats.today()
                        .plusDays(14))));

        navigate(PortalHomeView.class);
        Anchor task = $(Anchor.class).id("portal-sign-" + his.id());
        assertThat(task.getText()).isEqualTo("Sign \u201c" + his.title() + "\u201d");
        assertThat(task.getHref()).isEqualTo("portal/contracts/" + his.id());
        assertThat($(Anchor.class).withId("portal-sign-" + afterRudi.id()).exists()).as("not his turn yet").isFalse();

        navigate(PortalContractsView.class);
        assertThat($(Span.class).id("portal-contract-state-" + his.id()).getText())
                .isEqualTo("Waiting for your signature (sign by " + formats.date(his.expiresOn()) + ")");
        assertThat($(Span.class).id("portal-contract-state-" + afterRudi.id()).getText())
                .isEqualTo("Rudi Santoso signs first. We email you when it is your turn.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).as("no draft is ever shown")
                .noneMatch(text -> text.startsWith("Draft only"));
    }

    @Test
    @Order(3)
    @SignedInAs(DemoUser.CLIENT)
    void heSignsInThePortalAfterReadingConsentingAndConfirmingTheMailedCode() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView contract = asStaff(() -> sent("Service agreement", SigningOrder.PARALLEL, budi(), rudi()));

        navigate(PortalContractView.class, Map.of(PortalContractView.PARAMETER, contract.id().toString()));
        assertThat($(com.vaadin.flow.component.html.H2.class).id("signing-title").getText()).isEqualTo(contract.title());
        Button sign = $(Button.class).id("signing-sign");
        assertThat(sign.getText()).isEqualTo("Sign \u2014 this is my legally binding signature");
        assertThat(sign.isEnabled()).as("nothing done yet").isFalse();
        assertThat($(Span.class).id("signing-missing").getText()).isEqualTo("Still needed before you can sign: "
                + "read the document to its end, consent to doing business electronically, confirm a code we email you.");
        Button read = $(Button.class).id("signing-read");
        assertThat(read.isEnabled()).as("only once scrolled to the end").isFalse();

        reachTheEnd($(SigningDocument.class).id("signing-document"));
        test($(Button.class).id("signing-read")).click();
        assertThat($(Span.class).id("signing-read-done").getText()).contains("You have read the document.");

        test($(Checkbox.class).id("signing-consent")).click();
        assertThat($(Checkbox.class).id("signing-consent").getValue()).isTrue();

        Instant asked = Instant.now().minusSeconds(1);
        test($(Button.class).id("signing-request-code")).click();
        String code = FirmSignatory.of(context).mailedCode(BUDI_EMAIL, contract.title(), asked);
        TextField codeField = $(TextField.class).id("signing-code");
        test(codeField).setValue(wrong(code));
        test($(Button.class).id("signing-verify-code")).click();
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).isEqualTo("That code is not right; 4 attempts left.");

        test(codeField).setValue(code);
        test($(Button.class).id("signing-verify-code")).click();
        assertThat($(Span.class).id("signing-code-done").getText()).contains("Code confirmed.");
        assertThat($(Button.class).id("signing-sign").isEnabled()).isTrue();

        test($(TextField.class).id("signing-typed-name")).setValue("Budi Setiawan");
        test($(Button.class).id("signing-sign")).click();

        assertThat($(Notification.class).all()).filteredOn(n -> n.getId().filter("signing-notice"::equals).isPresent())
                .extracting(SigningPagesTests::text)
                .anyMatch(notice -> notice.contains("You signed \u201c" + contract.title()));
        assertThat($(Paragraph.class).id("signing-state").getText()).startsWith("You signed on ");
        assertThat($(Span.class).id("signing-waiting").getText()).contains("once all signatories have signed");
        assertThat($(Button.class).withId("signing-sign").exists()).isFalse();
        ContractView after = asStaff(() -> contracts.get(contract.id()));
        assertThat(after.status()).isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThat(after.signatories()).filteredOn(s -> s.name().equals("Budi Setiawan"))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SignatoryStatus.SIGNED));
    }

    @Test
    @Order(4)
    @SignedInAs(DemoUser.CLIENT)
    void heIsToldWhenItIsNotHisTurnOrTheContractWasVoidedAndDeclinesWithAReason() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView afterRudi = asStaff(() -> sent("In turn", SigningOrder.SEQUENTIAL, rudi(), budi()));
        ContractView voided = asStaff(() -> sent("Withdrawn", SigningOrder.PARALLEL, budi()));
        asStaff(() -> contracts.voidContract(voided.id(), "Sent by mistake"));
        ContractView declined = asStaff(() -> sent("Too expensive", SigningOrder.PARALLEL, budi()));

        open(afterRudi);
        assertThat($(Paragraph.class).id("signing-state").getText())
                .isEqualTo("Rudi Santoso signs first. We email you when it is your turn.");
        assertThat($(Button.class).withId("signing-sign").exists()).isFalse();
        assertThat(documentHtml()).as("the document is there to read").isNotBlank();

        open(voided);
        assertThat($(Paragraph.class).id("signing-state").getText())
                .isEqualTo("This contract was voided and can no longer be signed.");
        assertThat($(Button.class).withId("signing-request-code").exists()).isFalse();

        open(declined);
        test($(Button.class).id("signing-decline")).click();
        TextArea reason = $(TextArea.class).id("signing-decline-reason");
        test($(Button.class).id("signing-decline-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
        test(reason).setValue("The fee is above our budget");
        test($(Button.class).id("signing-decline-confirm")).click();

        assertThat($(Paragraph.class).id("signing-state").getText())
                .isEqualTo("You declined to sign: The fee is above our budget");
        assertThat(asStaff(() -> contracts.get(declined.id())).status()).isEqualTo(ContractStatus.VOIDED);
    }

    @Test
    @Order(5)
    @SignedInAs(DemoUser.CLIENT)
    void anotherClientsContractIsRefusedAndADraftOrUnknownIdIsNotFound() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView otherClients = asStaff(() -> {
            UUID sinar = jdbc.queryForObject("select id from client where name = 'Sinar Abadi Logistics'", UUID.class);
            ContactView contact = clientContacts.addContact(sinar, new ContactDetails("Budi Setiawan", BUDI_EMAIL, null,
                    "Director"), true);
            ContractView draft = contracts.draft(sinar, templates.list().getFirst().templateId(), new ContractDraft(
                    unique("Other client"), null, terms(), List.of(SignatoryChoice.clientContact(contact.id())),
                    SigningOrder.PARALLEL, formats.today().plusDays(14)));
            return contracts.send(draft.id());
        });
        ContractView draft = asStaff(() -> contracts.draft(majuJaya(), templates.list().getFirst().templateId(),
                new ContractDraft(unique("Not sent"), null, terms(), List.of(budi()), SigningOrder.PARALLEL,
                        formats.today().plusDays(14))));

        AccessDeniedView denied = navigate("portal/contracts/" + otherClients.id(), AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isNotBlank();
        assertThat(denied.getElement().getOuterHTML()).doesNotContain(otherClients.title()).doesNotContain("Exception");

        navigate("portal/contracts/" + draft.id(), NotFoundView.class);
        navigate("portal/contracts/" + UUID.randomUUID(), NotFoundView.class);
        navigate("portal/contracts/not-an-id", NotFoundView.class);
    }

    @Test
    @Order(6)
    @SignedInAs(DemoUser.STAFF)
    void theFirmSignatoryFindsSignWhenItIsTheirTurnAndTheSealedPdfOnceEveryoneSigned() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ContractView afterBudi = sent("Budi first", SigningOrder.SEQUENTIAL, budi(), rudi());
        ContractView lenas = sent("Lena signs", SigningOrder.PARALLEL, budi(),
                SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject()));

        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, afterBudi.id().toString()));
        assertThat($(Button.class).withId("contract-sign").exists()).as("Budi signs first").isFalse();
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, lenas.id().toString()));
        assertThat($(Button.class).withId("contract-sign").exists()).as("Lena signs for the firm").isFalse();
        navigate("contracts/" + lenas.id() + "/sign", AccessDeniedView.class);

        asBudi(() -> FirmSignatory.of(context).sign(afterBudi, signatory(afterBudi, "Budi Setiawan"), "Budi Setiawan"));
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, afterBudi.id().toString()));
        test($(Button.class).id("contract-sign")).click();
        assertThat(getCurrentView()).isInstanceOf(ContractSigningView.class);
        assertThat($(Button.class).id("signing-sign").getText())
                .isEqualTo("Sign \u2014 this is my legally binding signature");
        assertThat($(Anchor.class).id("signing-back").getHref()).isEqualTo("contracts/" + afterBudi.id());

        FirmSignatory.of(context).sign(afterBudi, signatory(afterBudi, "Rudi Santoso"), "Rudi Santoso");
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, afterBudi.id().toString()));
        assertThat($(Button.class).withId("contract-sign").exists()).as("signed").isFalse();
        assertThat($(Anchor.class).id("contract-download").getText()).isEqualTo("Download signed PDF");
        navigate(ContractSigningView.class, Map.of(ContractSigningView.PARAMETER, afterBudi.id().toString()));
        assertThat($(Paragraph.class).id("signing-state").getText()).startsWith("You signed on ");
        assertThat($(Anchor.class).id("signing-download").getText()).isEqualTo("Download the signed PDF");
    }

    // ---- helpers ----

    private void open(ContractView contract) {
        navigate(PortalContractView.class, Map.of(PortalContractView.PARAMETER, contract.id().toString()));
    }

    private String documentHtml() {
        return $(SigningDocument.class).id("signing-document").getChildren().map(c -> ((Html) c).getInnerHtml())
                .findFirst().orElse("");
    }

    /** The browser reports the document scrolled to its end. */
    private static void reachTheEnd(SigningDocument document) {
        new ComponentTester<SigningDocument>(document) {
            void reachEnd() {
                fireDomEvent(SigningDocument.ReachedEnd.NAME);
            }
        }.reachEnd();
    }

    private static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private <T> T asStaff(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(OwnFirms.current().hartono(), DemoUser.STAFF.subject(), "STAFF", null,
                false), () -> tx.execute(status -> work.get()));
    }

    private <T> T asBudi(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(OwnFirms.current().hartono(), DemoUser.CLIENT.subject(), "CLIENT",
                majuJaya(), false), work::get);
    }

    private UUID majuJaya() {
        return TenantContext.callIn(Scope.system(OwnFirms.current().hartono()), () -> tx.execute(status ->
                jdbc.queryForObject("select client_id from membership where subject = ?", UUID.class,
                        DemoUser.CLIENT.subject())));
    }

    /** Budi as a contact of PT Maju Jaya with the address he signs in with (added once). */
    private SignatoryChoice budi() {
        UUID client = majuJaya();
        ContactView contact = clientContacts.contacts(client).stream().filter(c -> BUDI_EMAIL.equals(c.email()))
                .findFirst().orElseGet(() -> clientContacts.addContact(client, new ContactDetails("Budi Setiawan",
                        BUDI_EMAIL, null, "Director"), true));
        return SignatoryChoice.clientContact(contact.id());
    }

    private static SignatoryChoice rudi() {
        return SignatoryChoice.firmMember(DemoUser.STAFF.subject());
    }

    private static UUID signatory(ContractView contract, String name) {
        return contract.signatories().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Sent to the signatories, as staff (the caller acts as staff). */
    private ContractView sent(String title, SigningOrder order, SignatoryChoice... who) {
        ContractView draft = contracts.draft(majuJaya(), templates.list().getFirst().templateId(), new ContractDraft(
                unique(title), null, terms(), List.of(who), order, formats.today().plusDays(14)));
        return contracts.send(draft.id());
    }

    private ContractTerms terms() {
        LocalDate start = formats.today();
        return new ContractTerms(List.of(new ScopeItem("Legal advice", null, false)),
                Fee.fixed(Money.of(50_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(start, start.plusYears(1)), List.of(), Penalties.none(),
                new Termination(10, Money.of(5_000_000, "IDR")), true, false);
    }
}
