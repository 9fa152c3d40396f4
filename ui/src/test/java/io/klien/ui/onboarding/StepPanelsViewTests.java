package io.klien.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.NewClient;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.FeeModel;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import io.klien.onboarding.IdentityDocumentType;
import io.klien.onboarding.KycMethod;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.onboarding.StepView;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateView;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.contracts.ContractDraftView;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each step type's panel, as staff work a checklist of one step (or two) with it: what the panel records reaches the step's
 * outcome, and the reloaded card shows it. The card's frame (state, skip) stays the same for every type.
 */
@SpringBootTest
@SignedInAs(DemoUser.TENANT_ADMIN)
class StepPanelsViewTests extends DemoFirmBrowserlessTest {

    @Autowired Clients clients;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired StepPanels panels;
    @Autowired ClientContacts clientContacts;
    @Autowired Contracts contracts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** Starts an onboarding of these steps for a new client and opens its checklist; returns the first step's id. */
    private UUID open(StepDefinition... steps) {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView created = templates.create(new TemplateDefinition(steps[0].title() + " " + suffix, null, null,
                null, List.of(steps)));
        templates.publish(created.templateId(), created.revision());
        UUID client = clients.create(new NewClient("Panel " + suffix, ClientKind.ORGANIZATION, null, null, true)).id();
        var started = onboardings.start(client, created.templateId());
        navigate(OnboardingView.class, Map.of("onboardingId", started.onboarding().id().toString()));
        return started.steps().getFirst().id();
    }

    private String state() {
        return $(Span.class).id("step-1-state").getText();
    }

    @Test
    void everyStepTypeHasItsPanel() {
        for (StepType type : StepType.values()) {
            assertThat(panels.of(type).type()).isEqualTo(type);
        }
    }

    @Test
    void theIntakeFormPanelSavesADraftAndShowsItsAnswersAgain() {
        UUID step = open(StepDefinition.of("intake", "Company details", StepType.INTAKE_FORM, StepSide.CLIENT)
                .withFields(FormField.of("company", "Company name", FieldType.TEXT, true)));

        test($(TextField.class).id("step-1-field-company")).setValue("PT Draft " + suffix);
        test($(Button.class).id("step-1-draft")).click();

        assertThat(onboardings.step(step).answers()).containsEntry("company", List.of("PT Draft " + suffix));
        assertThat($(TextField.class).id("step-1-field-company").getValue()).isEqualTo("PT Draft " + suffix);
        assertThat(state()).isEqualTo("In progress");
    }

    @Test
    void theDocumentRequestPanelTakesAnUploadAndCompletesTheRequest() {
        UUID step = open(StepDefinition.of("papers", "Company papers", StepType.DOCUMENT_REQUEST, StepSide.CLIENT)
                .withDocuments(new DocumentRequirements("The deed", List.of("pdf"), 2, 5)));

        test($(Button.class).id("step-1-documents-complete")).click();
        assertThat($(Notification.class).id("onboarding-error").getElement().getProperty("text"))
                .isEqualTo("Attach at least one document first.");
        assertThat(onboardings.step(step).state()).isEqualTo(StepState.OPEN);

        test($(Upload.class).id("step-1-documents-upload")).upload("deed.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        test($(Button.class).id("step-1-documents-complete")).click();

        StepView done = onboardings.step(step);
        assertThat(done.documentIds()).hasSize(1);
        assertThat(done.state()).isEqualTo(StepState.DONE);
        assertThat(state()).isEqualTo("Done");
    }

    @Test
    void theConflictCheckPanelSearchesShowsTheHitsAndRefusesAWaiverWithoutItsReason() {
        UUID step = open(StepDefinition.of("conflicts", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM));
        clients.create(new NewClient("PT Lawan " + suffix, ClientKind.ORGANIZATION, null, null, true));

        test($(TextField.class).id("step-1-conflict-names")).setValue("PT Lawan " + suffix);
        test($(Button.class).id("step-1-conflict-run")).click();

        assertThat($(Span.class).id("step-1-conflict-summary").getText()).contains("PT Lawan " + suffix);
        @SuppressWarnings("unchecked")
        Grid<io.klien.onboarding.ConflictHit> hits = $(Grid.class).id("step-1-conflict-hits");
        assertThat(test(hits).size()).isPositive();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDecision> decision = $(RadioButtonGroup.class).id("step-1-conflict-choice");
        test(decision).selectItem("Waived");
        test($(Button.class).id("step-1-conflict-decide")).click();
        assertThat(onboardings.step(step).conflict().decision()).as("a waiver without its reason saves nothing")
                .isNull();

        test($(TextField.class).id("step-1-conflict-reason")).setValue("Both parties consented");
        test($(Button.class).id("step-1-conflict-decide")).click();

        assertThat(onboardings.step(step).conflict().reason()).isEqualTo("Both parties consented");
        assertThat($(Span.class).id("step-1-conflict-decision").getText()).contains("Waived")
                .contains("Both parties consented");
        assertThat(state()).isEqualTo("Done");
    }

    @Test
    void theKycPanelRecordsTheVerificationAndThenShowsItWithTheCopyOfTheDocument() {
        UUID step = open(StepDefinition.of("kyc", "Identity verification", StepType.KYC, StepSide.FIRM));

        @SuppressWarnings("unchecked")
        Select<KycMethod> method = $(Select.class).id("step-1-kyc-method");
        method.setValue(KycMethod.VIDEO_CALL);
        @SuppressWarnings("unchecked")
        Select<IdentityDocumentType> type = $(Select.class).id("step-1-kyc-type");
        type.setValue(IdentityDocumentType.PASSPORT);
        test($(TextField.class).id("step-1-kyc-number")).setValue("X1234567");
        test($(Button.class).id("step-1-kyc-record")).click();

        assertThat(onboardings.step(step).kyc().method()).isEqualTo(KycMethod.VIDEO_CALL);
        assertThat($(Span.class).id("step-1-kyc-summary").getText()).contains("X1234567");
        assertThat($(Upload.class).id("step-1-kyc-documents-upload").isVisible()).isTrue();
        assertThat(state()).isEqualTo("Done");
    }

    @Test
    void theKickoffPanelSchedulesTheMeetingAndOffersToMoveIt() {
        UUID step = open(StepDefinition.of("kickoff", "Kickoff meeting", StepType.KICKOFF_MEETING, StepSide.FIRM));

        $(DatePicker.class).id("step-1-kickoff-date").setValue(LocalDate.now().plusDays(7));
        test($(TextField.class).id("step-1-kickoff-place")).setValue("Our office");
        test($(TextField.class).id("step-1-kickoff-attendees")).setValue("budi@client.test, sari@client.test");
        test($(Button.class).id("step-1-kickoff-schedule")).click();

        assertThat(onboardings.step(step).kickoff().attendees()).containsExactly("budi@client.test",
                "sari@client.test");
        assertThat($(Span.class).id("step-1-kickoff-summary").getText()).contains("Our office")
                .contains("budi@client.test");
        assertThat($(Button.class).id("step-1-kickoff-schedule").getText()).startsWith("Move the meeting");
        assertThat(state()).isEqualTo("Done");
    }

    @Test
    void theEngagementLetterPanelMarksTheLetterSignedAndShowsTheDay() {
        UUID step = open(StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER, StepSide.FIRM));

        $(DatePicker.class).id("step-1-letter-date").setValue(LocalDate.now().minusDays(2));
        test($(Button.class).id("step-1-letter-mark")).click();

        assertThat(onboardings.step(step).letterSignedOn()).isEqualTo(LocalDate.now().minusDays(2));
        assertThat($(Span.class).id("step-1-letter-summary").getText()).startsWith("The engagement letter was signed");
        assertThat($(DatePicker.class).withId("step-1-letter-date").exists()).isFalse();
    }

    @Test
    void theEngagementLetterPanelDraftsTheLetterAsAContractAndThenFollowsThatContract() {
        UUID step = open(StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER, StepSide.FIRM));
        UUID client = onboardings.checklist(onboardings.step(step).onboardingId()).onboarding().clientId();
        clientContacts.addContact(client, new ContactDetails("Sari Wijaya",
                "sari-" + suffix + "@example.test", null, "Director"), true);
        navigate(OnboardingView.class, Map.of("onboardingId", onboardings.step(step).onboardingId().toString()));

        test($(Button.class).id("step-1-letter-draft")).click();

        assertThat(getCurrentView()).isInstanceOf(ContractDraftView.class);
        assertThat($(Paragraph.class).id("contract-draft-for-letter").getText()).contains("engagement letter");
        String title = "Letter " + suffix;
        test($(TextField.class).id("contract-title")).setValue(title);
        $(Select.class).id("terms-fee-model").setValue(FeeModel.FIXED);
        $(BigDecimalField.class).id("terms-fee-amount").setValue(new BigDecimal("15000000"));
        $(DatePicker.class).id("terms-start").setValue(FirmFormats.current().today());
        $(DatePicker.class).id("terms-end").setValue(FirmFormats.current().today().plusYears(1));
        test($(TextField.class).id("terms-scope-title-0")).setValue("Legal advice");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContactView> signatories = $(MultiSelectComboBox.class).id("contract-client-signatories");
        signatories.select(clientContacts.contacts(client).getFirst());
        test($(Button.class).id("contract-save")).click();

        ContractView drafted = contracts.ofClient(client).getFirst();
        assertThat(drafted.title()).isEqualTo(title);
        assertThat(onboardings.step(step).letterContractId()).isEqualTo(drafted.id());
        assertThat(onboardings.step(step).state()).isEqualTo(StepState.OPEN);

        navigate(OnboardingView.class, Map.of("onboardingId", onboardings.step(step).onboardingId().toString()));
        assertThat($(Span.class).id("step-1-letter-waiting").getText()).contains("completes when its contract is signed");
        assertThat($(Anchor.class).id("step-1-letter-contract").getText()).isEqualTo(title);
        assertThat($(Anchor.class).id("step-1-letter-contract").getHref()).isEqualTo("contracts/" + drafted.id());
        assertThat($(Span.class).id("step-1-letter-contract-status").getText()).isEqualTo("Draft");
        assertThat($(Button.class).withId("step-1-letter-draft").exists()).isFalse();
    }

    @Test
    void theInternalTaskPanelMarksTheTaskDoneAndTheCardOffersToSkipAnOptionalOne() {
        UUID step = open(StepDefinition.of("task", "Open the matter", StepType.INTERNAL_TASK, StepSide.FIRM)
                .optional(), StepDefinition.of("file", "File the papers", StepType.INTERNAL_TASK, StepSide.FIRM));

        assertThat($(Button.class).id("step-1-skip").isVisible()).isTrue();
        test($(Button.class).id("step-1-done")).click();

        assertThat(onboardings.step(step).state()).isEqualTo(StepState.DONE);
        assertThat(state()).isEqualTo("Done");
        assertThat($(Button.class).withId("step-1-done").exists()).isFalse();
    }
}
