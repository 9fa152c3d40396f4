package io.klien.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.NewClient;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.CommentView;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateView;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the checklist shows of comments to each side, and a form saved from two screens at once. */
@SpringBootTest
class StepCommentsAndFormSavesViewTests extends DemoFirmBrowserlessTest {

    @Autowired Clients clients;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A client form, then the firm's conflict check: published by the admin, who must be acting. */
    private TemplateView template() {
        TemplateView created = templates.create(new TemplateDefinition("Discreet intake " + suffix, null, null, null,
                List.of(StepDefinition.of("intake", "Company details", StepType.INTAKE_FORM, StepSide.CLIENT)
                                .withFields(FormField.of("company", "Company name", FieldType.TEXT, true)),
                        StepDefinition.of("conflicts", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM))));
        return templates.publish(created.templateId(), created.revision());
    }

    /** Everything the page says, shown or hidden. */
    private String pageText() {
        return $(PortalOnboardingView.class).single().getElement().getTextRecursively();
    }

    @Test
    @SignedInAs(DemoUser.CLIENT)
    void theClientsChecklistShowsSharedCommentsButNoInternalNoteAndNothingOfTheFirmsSteps() {
        actAs(DemoUser.CLIENT);
        UUID client = TenantContext.current().orElseThrow().clientId();
        actAs(DemoUser.TENANT_ADMIN);
        Checklist started = onboardings.start(client, template().templateId());
        UUID intake = started.steps().get(0).id();
        UUID conflicts = started.steps().get(1).id();
        CommentView shared = onboardings.comment(intake, null, "Please use the registered address " + suffix, false);
        onboardings.comment(intake, null, "Internal: the director is on our watch list " + suffix, true);
        onboardings.comment(conflicts, null, "Conflict hit on the director " + suffix, false);

        actAs(DemoUser.CLIENT);
        navigate(PortalOnboardingView.class, Map.of("onboardingId", started.onboarding().id().toString()));

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains(shared.text())
                .noneMatch(text -> text.contains("watch list") || text.contains("Conflict hit"));
        assertThat(pageText()).contains(shared.text()).doesNotContain("watch list " + suffix)
                .doesNotContain("Conflict hit on the director " + suffix);
        assertThat($(TextArea.class).withId("step-2-comment-text").exists())
                .as("no comment box on the firm's step").isFalse();
        assertThat($(Checkbox.class).withId("step-1-comment-internal").all())
                .as("a client cannot mark a comment internal").allMatch(box -> !box.isVisible());

        actAs(DemoUser.TENANT_ADMIN);
        onboardings.cancel(started.onboarding().id(), "Test finished");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void staffMarkANoteOnAClientStepInternalAndSeeItMarked() {
        actAs(DemoUser.TENANT_ADMIN);
        Checklist started = onboardings.start(newClient(), template().templateId());
        UUID intake = started.steps().get(0).id();
        navigate(OnboardingView.class, Map.of("onboardingId", started.onboarding().id().toString()));

        assertThat($(Span.class).id("step-2-comment-firm-only").isVisible()).isTrue();
        test($(TextArea.class).id("step-1-comment-text")).setValue("Check their tax number ourselves.");
        test($(Checkbox.class).id("step-1-comment-internal")).click();
        test($(Button.class).id("step-1-comment-send")).click();

        CommentView note = onboardings.comments(intake).getFirst();
        assertThat(note.internal()).isTrue();
        assertThat($(Span.class).id("comment-internal-" + note.id()).getText()).isEqualTo("Internal");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aLongThreadShowsItsLatestCommentsAndTheEarlierOnesOnRequestAndASentCommentJoinsItWithoutARebuild() {
        actAs(DemoUser.TENANT_ADMIN);
        Checklist started = onboardings.start(newClient(), template().templateId());
        UUID intake = started.steps().get(0).id();
        for (int i = 1; i <= ChecklistPanel.LATEST_COMMENTS + 2; i++) {
            onboardings.comment(intake, null, "Thread comment " + i + " " + suffix);
        }
        navigate(OnboardingView.class, Map.of("onboardingId", started.onboarding().id().toString()));

        assertThat(threadTexts()).as("the latest ten, oldest first").hasSize(ChecklistPanel.LATEST_COMMENTS)
                .startsWith("Thread comment 3 " + suffix).endsWith("Thread comment 12 " + suffix);
        Button earlier = $(Button.class).id("step-1-comments-earlier");
        assertThat(earlier.getText()).isEqualTo("Show 2 earlier comments");
        test(earlier).click();
        assertThat(threadTexts()).hasSize(ChecklistPanel.LATEST_COMMENTS + 2).startsWith("Thread comment 1 " + suffix);
        assertThat($(Button.class).withId("step-1-comments-earlier").exists()).isFalse();

        StepCard otherCard = $(StepCard.class).id("step-2");
        test($(TextArea.class).id("step-1-comment-text")).setValue("Sent now " + suffix);
        test($(Button.class).id("step-1-comment-send")).click();

        assertThat(threadTexts()).hasSize(ChecklistPanel.LATEST_COMMENTS + 3).endsWith("Sent now " + suffix);
        assertThat($(StepCard.class).id("step-2")).as("the other steps are not rebuilt").isSameAs(otherCard);
        assertThat($(TextArea.class).id("step-1-comment-text").getValue()).as("the box is ready for the next").isEmpty();
        assertThat(onboardings.comments(intake)).last().extracting(CommentView::text).isEqualTo("Sent now " + suffix);
    }

    /** The texts of the comments the first step's thread shows, in order. */
    private List<String> threadTexts() {
        return $(Paragraph.class).from($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                .id("step-1-comment-entries")).all().stream().map(Paragraph::getText).toList();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aFormSavedMeanwhileFromAnotherScreenRefusesTheStaleSaveAndKeepsWhatWasTyped() {
        actAs(DemoUser.TENANT_ADMIN);
        Checklist started = onboardings.start(newClient(), template().templateId());
        var intake = started.steps().get(0);
        navigate(OnboardingView.class, Map.of("onboardingId", started.onboarding().id().toString()));
        test($(TextField.class).id("step-1-field-company")).setValue("Typed here " + suffix);

        // the client saves the same form first, from the portal
        steps.saveDraft(intake.id(), intake.version(), Map.of("company", List.of("Saved first " + suffix)));
        test($(Button.class).id("step-1-draft")).click();

        assertThat($(Notification.class).id("onboarding-error").getElement().getProperty("text"))
                .startsWith("Someone else saved this form after you opened it, so your answers were not saved.");
        assertThat($(TextField.class).id("step-1-field-company").getValue()).isEqualTo("Typed here " + suffix);
        assertThat(onboardings.step(intake.id()).answers()).containsEntry("company", List.of("Saved first " + suffix));
    }

    private UUID newClient() {
        return clients.create(new NewClient("Discreet " + suffix, ClientKind.ORGANIZATION, null, null, true)).id();
    }
}
