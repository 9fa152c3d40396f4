package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractFilter;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.FeeModel;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.ServiceLevel;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.shared.DomainException;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import io.klien.ui.home.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Staff draft, approve, send, void and terminate contracts on their pages; tenant admins edit contract templates.
 * Every refusal shows at the input it is about and saves nothing.
 */
@SpringBootTest
class ContractPagesTests extends DemoFirmBrowserlessTest {

    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired FirmFormats formats;
    @Autowired org.springframework.context.ApplicationContext context;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theTemplateEditorRefusesAScriptTagAndAnUnknownMergeFieldAtTheBody() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        int before = templates.list().size();
        navigate("admin/contract-templates/new", ContractTemplateEditorView.class);
        String name = unique("Refused template");
        test($(TextField.class).id("contract-template-name")).setValue(name);
        TextArea body = $(TextArea.class).id("contract-template-body");
        test(body).setValue("# Engagement\n\nHello <script>alert(1)</script> {{client.name}}");
        test($(Button.class).id("contract-template-save")).click();

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("HTML").contains("<script>");

        test(body).setValue("# Engagement\n\nDear {{client.nmae}},");
        test($(Button.class).id("contract-template-save")).click();

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("client.nmae");
        assertThat(templates.list()).as("nothing saved").hasSize(before)
                .noneMatch(t -> t.definition().name().equals(name));
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anInsertedMergeFieldIsSavedAsTheTemplatesNextVersion() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var template = templates.list().getFirst();
        navigate("admin/contract-templates/" + template.templateId(), ContractTemplateEditorView.class);
        TextArea body = $(TextArea.class).id("contract-template-body");
        assertThat(body.getValue()).isEqualTo(template.definition().body());
        test($(Button.class).id("merge-field-firm-name")).click();
        assertThat(body.getValue()).endsWith("{{firm.name}}");
        test($(Button.class).id("contract-template-save")).click();

        assertThat(templates.current(template.templateId()).number()).isEqualTo(template.number() + 1);
        assertThat(templates.current(template.templateId()).definition().body()).endsWith("{{firm.name}}");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void draftingRefusesANegativeFeeAtTheAmountAndAnEndBeforeTheStartAtTheEndAndSavesNothing() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clientWithContact();
        navigate("clients/" + clientId + "/new-contract", ContractDraftView.class);
        fillValidTerms();
        BigDecimalField amount = $(BigDecimalField.class).id("terms-fee-amount");
        amount.setValue(new BigDecimal("-5000"));
        test($(Button.class).id("contract-save")).click();

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("The amount must be more than zero.");

        amount.setValue(new BigDecimal("15000000"));
        DatePicker end = $(DatePicker.class).id("terms-end");
        end.setValue($(DatePicker.class).id("terms-start").getValue().minusDays(1));
        test($(Button.class).id("contract-save")).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end date must be after the start date.");

        end.setValue($(DatePicker.class).id("terms-start").getValue().plusYears(1));
        $(IntegerField.class).id("terms-sla-high-first-response").setValue(16);
        IntegerField resolution = $(IntegerField.class).id("terms-sla-high-resolution");
        resolution.setValue(4);
        test($(Button.class).id("contract-save")).click();

        assertThat(resolution.isInvalid()).isTrue();
        assertThat(resolution.getErrorMessage()).isEqualTo("Resolution cannot come before the first response.");
        assertThat(contracts.ofClient(clientId)).as("nothing saved").isEmpty();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aValidDraftOpensItsPageAndIsListedOnTheClientsContractsTabAndInTheContractsList() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clientWithContact();
        navigate("clients/" + clientId + "/new-contract", ContractDraftView.class);
        String title = unique("Engagement letter");
        test($(TextField.class).id("contract-title")).setValue(title);
        fillValidTerms();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContactView> signatories = $(MultiSelectComboBox.class).id("contract-client-signatories");
        signatories.select(clientContacts.contacts(clientId).getFirst());
        $(IntegerField.class).id("terms-sla-urgent-first-response").setValue(2);
        $(IntegerField.class).id("terms-sla-urgent-resolution").setValue(8);
        test($(Button.class).id("contract-save")).click();

        List<ContractView> saved = contracts.ofClient(clientId);
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().terms().serviceLevel().targets()).containsExactly(
                new ServiceLevel.Target(ServiceLevel.Priority.URGENT, 2, 8));
        assertThat($(Span.class).id("contract-terms-service-level").getText())
                .isEqualTo("Urgent: first response 2 h, resolution 8 h");
        assertThat(saved.getFirst().title()).isEqualTo(title);
        assertThat(saved.getFirst().signatories()).hasSize(1);
        assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Draft");
        assertThat($(Span.class).id("contract-terms-fee").getText()).isEqualTo("Fixed fee: " + formats.money(new BigDecimal("15000000"), "IDR"));
        assertThat($(Div.class).id("contract-preview").getElement().getTextRecursively()).isNotBlank();

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(4);
        Grid<?> tab = $(Grid.class).id("client-contracts-grid");
        assertThat(test(tab).size()).isEqualTo(1);

        navigate(ContractsView.class);
        test($(TextField.class).id("contracts-filter-text")).setValue(title);
        Grid<?> list = $(Grid.class).id("contracts-grid");
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getCellText(0, 1)).startsWith("Client with contact");
        assertThat(contracts.count(new ContractFilter(ContractStatus.DRAFT, clientId, title))).isEqualTo(1);
        assertThat(contracts.count(new ContractFilter(ContractStatus.SENT, clientId, null))).isZero();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aContractAboveTheThresholdIsSentOnlyOnceAnAdminApprovedIt() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        contracts.requireApprovalAbove(Money.of(1_000_000, "IDR"));
        try {
            UUID clientId = clientWithContact();
            ContractView draft = draft(clientId, formats.today(), formats.today().plusYears(1),
                    SignatoryChoice.clientContact(clientContacts.contacts(clientId).getFirst().id()));
            navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, draft.id().toString()));

            assertThat($(Button.class).withId("contract-send").exists()).as("no Send before approval").isFalse();
            assertThatThrownBy(() -> contracts.send(draft.id())).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("contracts.approval.required"));
            assertThat(contracts.get(draft.id()).status()).isEqualTo(ContractStatus.DRAFT);

            test($(Button.class).id("contract-request-approval")).click();
            assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Awaiting approval");
            test($(Button.class).id("contract-approve")).click();
            assertThat(contracts.get(draft.id()).approvedBy()).isEqualTo(DemoUser.TENANT_ADMIN.subject());
            test($(Button.class).id("contract-send")).click();

            assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Sent");
            assertThat(contracts.get(draft.id()).status()).isEqualTo(ContractStatus.SENT);
        } finally {
            contracts.requireApprovalAbove(null);
        }
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminRejectsWithAReasonAndStaffVoidOnlyWithOne() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clientWithContact();
        ContractView draft = draft(clientId, formats.today(), formats.today().plusYears(1),
                SignatoryChoice.clientContact(clientContacts.contacts(clientId).getFirst().id()));
        contracts.requestApproval(draft.id());
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, draft.id().toString()));
        test($(Button.class).id("contract-reject")).click();
        test($(TextArea.class).id("contract-reason")).setValue("Fee too low for the scope");
        test($(Button.class).id("contract-reason-confirm")).click();
        assertThat(contracts.get(draft.id()).rejectionReason()).isEqualTo("Fee too low for the scope");
        assertThat($(Paragraph.class).id("contract-rejection").getText()).contains("Fee too low for the scope");

        test($(Button.class).id("contract-void")).click();
        TextArea reason = $(TextArea.class).id("contract-reason");
        test($(Button.class).id("contract-reason-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
        assertThat(contracts.get(draft.id()).status()).isEqualTo(ContractStatus.DRAFT);

        test(reason).setValue("Client went elsewhere");
        test($(Button.class).id("contract-reason-confirm")).click();
        assertThat(contracts.get(draft.id()).status()).isEqualTo(ContractStatus.VOIDED);
        assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Voided");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aContractInForceIsTerminatedWithTheFeeItsTermsMakeDue() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clientWithContact();
        ContractView active = signedByTheFirm(clientId, formats.today().minusDays(30), formats.today().plusYears(1));
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, active.id().toString()));
        assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Active");

        test($(Button.class).id("contract-terminate")).click();
        assertThat($(Paragraph.class).id("contract-terminate-fee").getText())
                .isEqualTo("Termination fee due under the terms: " + formats.money(new BigDecimal("5000000"), "IDR"));
        $(DatePicker.class).id("contract-terminate-effective").setValue(formats.today().plusDays(10));
        test($(TextArea.class).id("contract-reason")).setValue("The client closes its Jakarta office");
        test($(Button.class).id("contract-terminate-confirm")).click();

        ContractView ended = contracts.get(active.id());
        assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(ended.terminationEffective()).isEqualTo(formats.today().plusDays(10));
        assertThat($(Span.class).id("contract-status").getText()).isEqualTo("Terminated");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theDashboardCountsContractsExpiringWithinSixtyDaysAndThoseAwaitingSignature() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long expiring = contracts.countExpiringWithin(60);
        long awaiting = contracts.countAwaitingSignature();
        UUID clientId = clientWithContact();
        signedByTheFirm(clientId, formats.today().minusDays(300), formats.today().plusDays(30));
        signedByTheFirm(clientId, formats.today().minusDays(30), formats.today().plusDays(200));
        ContractView sent = draft(clientId, formats.today(), formats.today().plusYears(1),
                SignatoryChoice.clientContact(clientContacts.contacts(clientId).getFirst().id()));
        contracts.send(sent.id());

        navigate(HomeView.class);

        assertThat($(Span.class).id("dashboard-contracts-expiring").getText()).isEqualTo(String.valueOf(expiring + 1));
        assertThat($(Span.class).id("dashboard-contracts-awaiting").getText()).isEqualTo(String.valueOf(awaiting + 1));
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }

    private UUID clientWithContact() {
        UUID clientId = clients.create(unique("Client with contact"), ClientKind.ORGANIZATION).id();
        clientContacts.addContact(clientId, new ContactDetails("Sari Wijaya",
                "sari-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", null, "Director"), true);
        return clientId;
    }

    private void fillValidTerms() {
        $(Select.class).id("terms-fee-model").setValue(FeeModel.FIXED);
        $(BigDecimalField.class).id("terms-fee-amount").setValue(new BigDecimal("15000000"));
        $(DatePicker.class).id("terms-start").setValue(formats.today());
        $(DatePicker.class).id("terms-end").setValue(formats.today().plusYears(1));
        test($(TextField.class).id("terms-scope-title-0")).setValue("Legal advice");
    }

    private ContractView draft(UUID clientId, LocalDate start, LocalDate end, SignatoryChoice... signatories) {
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Legal advice", null, false)),
                Fee.fixed(Money.of(50_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(start, end), List.of(), Penalties.none(), new Termination(10, Money.of(5_000_000, "IDR")),
                true, false);
        return contracts.draft(clientId, templates.list().getFirst().templateId(), new ContractDraft(
                unique("Service agreement"), null, terms, List.of(signatories), SigningOrder.PARALLEL,
                formats.today().plusDays(14)));
    }

    /** Sent to the tenant admin alone, who signs it through the whole ceremony with the code mailed to them. */
    private ContractView signedByTheFirm(UUID clientId, LocalDate start, LocalDate end) {
        ContractView draft = draft(clientId, start, end, SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject()));
        contracts.send(draft.id());
        return FirmSignatory.of(context).sign(draft, draft.signatories().getFirst().id(), "Lena Hartono");
    }
}
