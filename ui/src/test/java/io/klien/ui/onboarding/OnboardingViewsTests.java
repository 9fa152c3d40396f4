package io.klien.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.NewClient;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateSummary;
import io.klien.onboarding.TemplateView;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Lena runs an onboarding from the client page to an active client, step by step, as the checklist shows it. */
@SpringBootTest
class OnboardingViewsTests extends DemoFirmBrowserlessTest {

    @Autowired Clients clients;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired io.klien.onboarding.OnboardingSteps steps;
    @Autowired io.klien.onboarding.OnboardingUploads uploads;
    @Autowired io.klien.onboarding.AdverseParties adverse;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A small template of its own: a client form, then a conflict check, then a letter. */
    private TemplateView template() {
        TemplateView created = templates.create(new TemplateDefinition("Quick intake " + suffix, null, null, null, List.of(
                StepDefinition.of("intake", "Company details", StepType.INTAKE_FORM, StepSide.CLIENT)
                        .withFields(FormField.of("company", "Company name", FieldType.TEXT, true),
                                FormField.of("email", "Billing email", FieldType.EMAIL, true)),
                StepDefinition.of("conflicts", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM).after("intake"),
                StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER, StepSide.FIRM)
                        .after("conflicts"))));
        return templates.publish(created.templateId(), created.revision());
    }

    /** Opens the client's onboarding tab and starts the template there. */
    private void startFromTheClientPage(TemplateView template, ClientProfile client) {
        navigate(ClientDetailView.class, java.util.Map.of(ClientDetailView.PARAMETER, client.id().toString()));
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("client-tabs").setSelectedIndex(3);

        @SuppressWarnings("unchecked")
        Select<TemplateSummary> choice = $(Select.class).id("onboarding-start-template");
        test(choice).selectItem(template.definition().name());
        test($(Button.class).id("onboarding-start")).click();
    }

    private ClientProfile client() {
        return clients.create(new NewClient("Onboarded " + suffix, ClientKind.ORGANIZATION, null, null, true));
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void startingAnOnboardingForAClientWithoutARepresentativeWarnsWhoHearsOfTheClientInstead() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView template = template();
        ClientProfile client = client();
        startFromTheClientPage(template, client);

        assertThat($(Span.class).id("onboarding-progress").getText()).as("the onboarding started").startsWith("0% done");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).id("onboarding-start-warning")
                .getElement().getProperty("text")).isEqualTo("This client has no representative, so what the client"
                        + " submits, uploads or asks goes to whoever follows this onboarding. Name a representative on"
                        + " the client's page.");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void staffStartOnboardingFromTheClientPageAndWorkTheChecklistUntilTheClientIsActive() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView template = template();
        ClientProfile client = client();
        startFromTheClientPage(template, client);

        assertThat($(Span.class).id("onboarding-progress").getText()).startsWith("0% done: 0 of 3");
        assertThat($(Span.class).id("step-2-state").getText()).isEqualTo("Waiting");

        test($(TextField.class).id("step-1-field-company")).setValue("Onboarded " + suffix);
        test($(Button.class).id("step-1-submit")).click();
        assertThat($(TextField.class).id("step-1-field-email").isInvalid()).as("the missing email is marked").isTrue();
        assertThat($(Span.class).id("step-1-state").getText()).isEqualTo("To do");

        test($(TextField.class).id("step-1-field-email")).setValue("billing@onboarded.test");
        test($(Button.class).id("step-1-submit")).click();
        assertThat($(Span.class).id("step-1-state").getText()).isEqualTo("Done");
        assertThat($(Span.class).id("onboarding-progress").getText()).startsWith("33% done");

        test($(Button.class).id("step-2-conflict-run")).click();
        assertThat($(Span.class).id("step-2-conflict-summary").getText()).contains("Onboarded " + suffix);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDecision> decision = $(RadioButtonGroup.class).id("step-2-conflict-choice");
        test(decision).selectItem("Clear");
        test($(Button.class).id("step-2-conflict-decide")).click();
        assertThat($(Span.class).id("step-2-state").getText()).isEqualTo("Done");

        test($(Button.class).id("step-3-letter-mark")).click();

        assertThat($(Span.class).id("onboarding-status").getText()).isEqualTo("Completed");
        assertThat($(Span.class).id("onboarding-took").getText()).startsWith("Completed in 1 day");
        assertThat(clients.profile(client.id()).status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theBoardListsRunningOnboardingsAndFiltersThemByTemplate() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView template = template();
        ClientProfile client = client();
        onboardings.start(client.id(), template.templateId());
        actAs(DemoUser.STAFF);
        navigate(OnboardingBoardView.class);

        @SuppressWarnings("unchecked")
        Select<TemplateSummary> byTemplate = $(Select.class).id("onboarding-filter-template");
        test(byTemplate).selectItem(template.definition().name());
        @SuppressWarnings("unchecked")
        Grid<OnboardingSummary> grid = $(Grid.class).id("onboarding-grid");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).clientName()).isEqualTo(client.name());
        assertThat(onboardings.board(new io.klien.onboarding.OnboardingFilter(null, template.templateId(), false, null),
                PageRequest.of(0, 5)).getContent()).extracting(OnboardingSummary::clientId).containsExactly(client.id());
        assertThat(onboardings.checklist(test(grid).getRow(0).id()).steps()).extracting(s -> s.state())
                .containsExactly(StepState.OPEN, StepState.LOCKED, StepState.LOCKED);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void anAdversePartyRecordedByStaffIsFoundByTheConflictCheckInAnotherWordOrder() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView template = template();
        ClientProfile client = client();
        var started = onboardings.start(client.id(), template.templateId());
        steps.submitForm(started.steps().getFirst().id(), started.steps().getFirst().version(), java.util.Map.of("company", List.of(client.name()),
                "email", List.of("billing@onboarded.test")));
        actAs(DemoUser.STAFF);
        navigate(AdversePartiesView.class);
        test($(TextField.class).id("adverse-name")).setValue("PT Sentosa Abadi " + suffix);
        test($(Button.class).id("adverse-record")).click();
        @SuppressWarnings("unchecked")
        Grid<io.klien.onboarding.AdversePartyView> parties = $(Grid.class).id("adverse-grid");
        assertThat(adverse.list(PageRequest.of(0, 500)).getContent()).extracting(p -> p.name())
                .contains("PT Sentosa Abadi " + suffix);
        assertThat(test(parties).size()).isPositive();

        navigate(OnboardingView.class, java.util.Map.of("onboardingId", started.onboarding().id().toString()));
        test($(TextField.class).id("step-2-conflict-names")).setValue(suffix + " abadi sentosa");
        test($(Button.class).id("step-2-conflict-run")).click();

        @SuppressWarnings("unchecked")
        Grid<io.klien.onboarding.ConflictHit> hits = $(Grid.class).id("step-2-conflict-hits");
        assertThat(java.util.stream.IntStream.range(0, test(hits).size()).mapToObj(i -> test(hits).getRow(i)))
                .anySatisfy(h -> {
                    assertThat(h.source()).isEqualTo(io.klien.onboarding.ConflictHit.Source.ADVERSE_PARTY);
                    assertThat(h.name()).isEqualTo("PT Sentosa Abadi " + suffix);
                });
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aCancelledOnboardingShowsItsStepsButOffersNoWorkOnThem() {
        actAs(DemoUser.TENANT_ADMIN);
        var started = onboardings.start(client().id(), template().templateId());
        navigate(OnboardingView.class, java.util.Map.of("onboardingId", started.onboarding().id().toString()));
        assertThat($(Button.class).withId("step-1-submit").exists()).as("a running onboarding's form can be sent").isTrue();

        onboardings.cancel(started.onboarding().id(), "The client went elsewhere.");
        navigate(OnboardingView.class, java.util.Map.of("onboardingId", started.onboarding().id().toString()));

        assertThat($(Span.class).id("onboarding-status").getText()).isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("onboarding.status.CANCELLED"));
        assertThat($(Button.class).withId("step-1-submit").exists()).as("nothing to send on a cancelled onboarding").isFalse();
        assertThat($(Button.class).withId("step-1-draft").exists()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aReplyToACommentIsThreadedUnderIt() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView template = template();
        var started = onboardings.start(client().id(), template.templateId());
        UUID intake = started.steps().getFirst().id();
        var first = onboardings.comment(intake, null, "Which entity signs?");
        navigate(OnboardingView.class, java.util.Map.of("onboardingId", started.onboarding().id().toString()));

        test($(Button.class).id("comment-reply-" + first.id())).click();
        assertThat($(Span.class).id("step-1-comment-replying").getText()).startsWith("Replying to");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("step-1-comment-text")).setValue("The holding company.");
        test($(Button.class).id("step-1-comment-send")).click();

        assertThat(onboardings.comments(intake)).extracting(c -> c.text(), c -> c.parentId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Which entity signs?", null),
                        org.assertj.core.groups.Tuple.tuple("The holding company.", first.id()));
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theCopyOfAnIdentityDocumentIsStoredAndLinkedToTheVerification() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView created = templates.create(new TemplateDefinition("KYC only " + suffix, null, null, null, List.of(
                StepDefinition.of("kyc", "Identity verification", StepType.KYC, StepSide.FIRM))));
        templates.publish(created.templateId(), created.revision());
        var started = onboardings.start(client().id(), created.templateId());
        UUID kyc = started.steps().getFirst().id();
        steps.recordKyc(kyc, new io.klien.onboarding.KycRecord(io.klien.onboarding.KycMethod.IN_PERSON,
                io.klien.onboarding.IdentityDocumentType.PASSPORT, "X1234567", null, null));

        var stored = uploads.uploadIdentityDocument(kyc, "passport.pdf", "application/pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        assertThat(onboardings.step(kyc).kyc().documentId()).isEqualTo(stored.id());
        assertThat(uploads.documents(kyc)).extracting(d -> d.filename()).containsExactly("passport.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.uploadIdentityDocument(kyc, "passport.exe",
                        "application/pdf", new java.io.ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0, 1, 2, 3})))
                .isInstanceOf(io.klien.shared.DomainException.class);
        assertThat(uploads.documents(kyc)).hasSize(1);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aFileFieldOfAnIntakeFormTakesAnUploadAndTheFormIsSubmittedWithIt() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView created = templates.create(new TemplateDefinition("Deed form " + suffix, null, null, null, List.of(
                StepDefinition.of("intake", "Company deed", StepType.INTAKE_FORM, StepSide.CLIENT)
                        .withFields(FormField.of("deed", "Deed of establishment", FieldType.FILE, true)))));
        templates.publish(created.templateId(), created.revision());
        var started = onboardings.start(client().id(), created.templateId());
        navigate(OnboardingView.class, java.util.Map.of("onboardingId", started.onboarding().id().toString()));

        test($(com.vaadin.flow.component.upload.Upload.class).id("step-1-file-deed-upload"))
                .upload("deed.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        test($(com.vaadin.flow.component.upload.Upload.class).id("step-1-file-deed-upload"))
                .upload("virus.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
        test($(Button.class).id("step-1-submit")).click();

        var step = onboardings.step(started.steps().getFirst().id());
        assertThat(step.state()).isEqualTo(StepState.DONE);
        assertThat(step.answers().get("deed")).hasSize(1);
        assertThat(uploads.documents(step.id())).extracting(d -> d.filename()).containsExactly("deed.pdf");
        assertThat(uploads.documents(step.id()).getFirst().id().toString()).isEqualTo(step.answers().get("deed").getFirst());
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theTemplateMadeForTheClientsServiceLineIsOfferedFirst() {
        actAs(DemoUser.TENANT_ADMIN);
        String line = "Tax advice " + suffix;
        TemplateView forLine = templates.create(new TemplateDefinition("Zz tax returns " + suffix, null, line, null, List.of(
                StepDefinition.of("task", "Collect returns", StepType.INTERNAL_TASK, StepSide.FIRM))));
        templates.publish(forLine.templateId(), forLine.revision());
        ClientProfile client = client();
        clients.updateProfile(client.id(), client.version(), new io.klien.clients.ClientChanges(client.name(), client.kind(),
                null, false, List.of(line), List.of(), null));
        navigate(ClientDetailView.class, java.util.Map.of(ClientDetailView.PARAMETER, client.id().toString()));
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("client-tabs").setSelectedIndex(3);

        @SuppressWarnings("unchecked")
        Select<TemplateSummary> choice = $(Select.class).id("onboarding-start-template");
        assertThat(choice.getValue().name()).isEqualTo("Zz tax returns " + suffix);
    }
}
