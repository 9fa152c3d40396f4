package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.onboarding.AssigneeRole;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateSummary;
import io.klien.onboarding.TemplateVersionStatus;
import io.klien.onboarding.TemplateVersionView;
import io.klien.onboarding.TemplateView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import io.klien.ui.home.HomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lena, tenant admin of Hartono &amp; Partners, shapes the firm's onboarding templates. Templates a test changes are
 * its own, named with the test's suffix and removed afterwards, so the seeded ones stay as they are.
 */
@SpringBootTest
class OnboardingTemplatesViewTests extends DemoFirmBrowserlessTest {

    @Autowired OnboardingTemplates templates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void removeTheTemplatesOfThisTest() {
        UUID firm = OwnFirms.current().hartono();
        String templatesOfThisTest = "select template_id from onboarding_template_version where name like ?";
        String pattern = "% " + suffix;
        TenantContext.callIn(Scope.system(firm), () -> transactions.execute(status -> {
            List<UUID> ids = jdbc.queryForList(templatesOfThisTest, UUID.class, pattern);
            for (UUID id : ids) {
                jdbc.update("delete from onboarding_template_step where template_version_id in"
                        + " (select id from onboarding_template_version where template_id = ?)", id);
                jdbc.update("delete from onboarding_template_version where template_id = ?", id);
                jdbc.update("delete from onboarding_template where id = ?", id);
            }
            return ids.size();
        }));
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theSeededLawFirmTemplateIsListedAndOpensInTheEditor() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(OnboardingTemplatesView.class);

        Grid<TemplateSummary> grid = grid();
        int row = rows(grid).stream().map(TemplateSummary::name).toList().indexOf("New matter intake");
        assertThat(row).as("row of the seeded law-firm template").isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Legal services");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Any kind of client");
        assertThat(test(grid).getCellText(row, 3)).startsWith("Version ");
        assertThat(test(grid).getCellText(row, 5)).isEqualTo(String.valueOf(rows(grid).get(row).stepCount()));
        assertThat(rows(grid).get(row).stepCount()).isGreaterThan(3);

        test(grid).clickRow(row);

        assertThat($(TextField.class).id("template-name").getValue()).isEqualTo("New matter intake");
        assertThat($(Span.class).id("step-name-1").getText()).isEqualTo("Intake form");
        assertThat($(Paragraph.class).id("step-facts-1").getText())
                .startsWith("Intake form · The client · due 3 days after the start · Required");
        assertThat($(Button.class).id("step-up-1").isEnabled()).isFalse();
        assertThat($(Button.class).id("step-edit-1").getAriaLabel()).hasValue("Edit step Intake form");
        assertThat(unsavedChangesShown()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminRenamesAStepAddsAFieldSavesTheDraftAndPublishesIt() {
        actAs(DemoUser.TENANT_ADMIN);
        TemplateView created = create("Tax onboarding");
        UUID id = created.templateId();
        openEditor(id);
        assertThat($(Paragraph.class).id("template-status").getText())
                .isEqualTo("You are editing the draft of version 1. Nobody can start an onboarding from this template "
                        + "until you publish it.");

        test($(Button.class).id("step-edit-1")).click();
        test($(TextField.class).id("step-title")).setValue("Company and tax details");
        assertThat($(TextField.class).id("step-key").getValue()).as("an existing step keeps its key").isEqualTo("details");
        test($(Button.class).id("field-add")).click();
        test($(TextField.class).id("field-label-2")).setValue("Taxes filed (PPh)");
        assertThat($(TextField.class).id("field-key-2").getValue()).isEqualTo("taxes-filed-pph");
        test(select("field-type-2")).selectItem("Multiple choice");
        test($(TextArea.class).id("field-options-2")).setValue("PPh 21\nPPh 23\n\nPPN");
        test($(Button.class).id("step-save")).click();

        assertThat($(Span.class).id("step-name-1").getText()).isEqualTo("Company and tax details");
        assertThat(unsavedChangesShown()).isTrue();
        assertThat(templates.editable(id).definition().steps().getFirst().title()).as("nothing saved yet")
                .isEqualTo("Company details");

        test($(Button.class).id("template-save")).click();
        TemplateView draft = templates.editable(id);
        assertThat(draft.status()).isEqualTo(TemplateVersionStatus.DRAFT);
        assertThat(draft.definition().steps().getFirst().title()).isEqualTo("Company and tax details");
        assertThat(unsavedChangesShown()).isFalse();
        assertThatThrownBy(() -> templates.current(id)).isInstanceOf(DomainException.class);

        test($(Button.class).id("template-publish")).click();

        TemplateView current = templates.current(id);
        assertThat(current.versionNumber()).isEqualTo(1);
        assertThat(current.status()).isEqualTo(TemplateVersionStatus.CURRENT);
        StepDefinition form = current.definition().steps().getFirst();
        assertThat(form.title()).isEqualTo("Company and tax details");
        assertThat(form.fields()).extracting(FormField::key).containsExactly("company-name", "taxes-filed-pph");
        FormField added = form.fields().get(1);
        assertThat(added.type()).isEqualTo(FieldType.MULTI_CHOICE);
        assertThat(added.options()).containsExactly("PPh 21", "PPh 23", "PPN");
        assertThat(added.required()).isTrue();
        assertThat(current.definition().steps().get(1).prerequisites()).containsExactly("details");
        @SuppressWarnings("unchecked")
        Grid<TemplateVersionView> versions = $(Grid.class).id("template-versions");
        assertThat(test(versions).getCellText(0, 0)).isEqualTo("Version 1");
        assertThat(test(versions).getCellText(0, 1)).isEqualTo("Current");
        assertThat(test(versions).getCellText(0, 3)).isNotBlank();
        assertThat($(Paragraph.class).id("template-status").getText()).startsWith("You are editing version 1, the current one.");
        assertThat($(Button.class).id("template-publish").isEnabled()).as("nothing left to publish").isFalse();

        test($(TextField.class).id("template-name")).setValue("Tax onboarding, revised " + suffix);
        test($(Button.class).id("template-save")).click();
        assertThat(templates.current(id).definition().name()).as("no onboarding started from version 1 yet")
                .isEqualTo("Tax onboarding, revised " + suffix);
        assertThat(templates.current(id).versionNumber()).isEqualTo(1);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminCreatesATemplateWithAClientDocumentRequestAndAKickoffThatWaitsForIt() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(OnboardingTemplatesView.class);
        test($(Button.class).id("template-new")).click();
        assertThat($(Paragraph.class).id("steps-empty").getText()).isEqualTo("No steps yet. Add the first one with Add step.");

        String name = "Brand kickoff " + suffix;
        test($(TextField.class).id("template-name")).setValue(name);
        test(select("template-client-kind")).selectItem("Organization");
        test($(Button.class).id("step-add")).click();
        test($(TextField.class).id("step-title")).setValue("Collect brand assets");
        assertThat($(TextField.class).id("step-key").getValue()).isEqualTo("collect-brand-assets");
        test(select("step-type")).selectItem("Document request");
        test(select("step-side")).selectItem("The client");
        assertThat(select("step-assignee").isReadOnly()).as("a client step goes to the client").isTrue();
        test($(TextArea.class).id("step-doc-what")).setValue("Logos, fonts and the brand guide");
        test($(TextField.class).id("step-doc-types")).setValue("pdf, svg, .PNG");
        test($(Button.class).id("step-save")).click();

        test($(Button.class).id("step-add")).click();
        test($(TextField.class).id("step-title")).setValue("Kickoff meeting");
        test(select("step-type")).selectItem("Kickoff meeting");
        assertThat(select("step-side").isReadOnly()).as("only forms and documents go to the client").isTrue();
        test(select("step-assignee")).selectItem("Lena Hartono");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> after = $(MultiSelectComboBox.class).id("step-prerequisites");
        test(after).selectItem("Collect brand assets (collect-brand-assets)");
        test($(Button.class).id("step-save")).click();
        test($(Button.class).id("template-save")).click();

        TemplateSummary listed = templates.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(listed.hasDraft()).isTrue();
        assertThat(listed.currentVersion()).isNull();
        assertThat(listed.clientKind()).isEqualTo(ClientKind.ORGANIZATION);
        List<StepDefinition> steps = templates.editable(listed.templateId()).definition().steps();
        assertThat(steps).extracting(StepDefinition::key).containsExactly("collect-brand-assets", "kickoff-meeting");
        StepDefinition assets = steps.getFirst();
        assertThat(assets.ownerSide()).isEqualTo(StepSide.CLIENT);
        assertThat(assets.assigneeRole()).isEqualTo(AssigneeRole.CLIENT);
        assertThat(assets.documents()).isNotNull();
        assertThat(assets.documents().what()).isEqualTo("Logos, fonts and the brand guide");
        assertThat(assets.documents().acceptedTypes()).containsExactly("pdf", "svg", "png");
        StepDefinition kickoff = steps.get(1);
        assertThat(kickoff.type()).isEqualTo(StepType.KICKOFF_MEETING);
        assertThat(kickoff.assigneeSubject()).isEqualTo(DemoUser.TENANT_ADMIN.subject());
        assertThat(kickoff.prerequisites()).containsExactly("collect-brand-assets");
        assertThat($(TextField.class).id("template-name").getValue()).as("the editor now shows the saved template")
                .isEqualTo(name);
        assertThat($(Paragraph.class).id("step-facts-2").getText()).contains("Lena Hartono", "after Collect brand assets");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aTemplateWithoutANameIsRefusedAtTheNameAndNothingIsSaved() {
        actAs(DemoUser.TENANT_ADMIN);
        UUID id = create("Unnamed soon").templateId();
        TemplateView before = templates.editable(id);
        openEditor(id);

        test($(TextField.class).id("template-name")).setValue("   ");
        test($(Button.class).id("template-save")).click();

        TextField name = $(TextField.class).id("template-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the template.");
        assertThat(templates.editable(id)).isEqualTo(before);
        assertThat(unsavedChangesShown()).isTrue();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aChoiceFieldWithoutOptionsIsShownAtItsStepAndNothingIsSaved() {
        actAs(DemoUser.TENANT_ADMIN);
        UUID id = create("Choices").templateId();
        TemplateView before = templates.editable(id);
        openEditor(id);

        test($(Button.class).id("step-edit-1")).click();
        test($(Button.class).id("field-add")).click();
        test($(TextField.class).id("field-label-2")).setValue("Matter type");
        test(select("field-type-2")).selectItem("Single choice");
        test($(Button.class).id("step-save")).click();
        test($(Button.class).id("template-save")).click();

        String message = "The choice field Matter type in Company details needs its options.";
        assertThat($(Paragraph.class).id("step-problem-1").getText()).isEqualTo(message);
        assertThat($(Notification.class).id("template-error").getElement().getProperty("text")).isEqualTo(message);
        assertThat(templates.editable(id)).isEqualTo(before);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aStepNeedsATitleAndCannotWaitForAStepThatWaitsForIt() {
        actAs(DemoUser.TENANT_ADMIN);
        UUID id = create("Order").templateId();
        openEditor(id);

        test($(Button.class).id("step-edit-1")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> after = $(MultiSelectComboBox.class).id("step-prerequisites");
        assertThat(test(after).getSuggestions()).as("the review waits for the details already").isEmpty();
        test($(TextField.class).id("step-title")).setValue(" ");
        test($(Button.class).id("step-save")).click();

        TextField title = $(TextField.class).id("step-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title for every step.");
        assertThat($(Span.class).id("step-name-1").getText()).isEqualTo("Company details");
        assertThat(unsavedChangesShown()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void movingAndRemovingStepsKeepsTheirPrerequisitesInStep() {
        actAs(DemoUser.TENANT_ADMIN);
        UUID id = create("Reorder").templateId();
        openEditor(id);

        test($(Button.class).id("step-add")).click();
        test($(TextField.class).id("step-title")).setValue("Welcome call");
        test($(Button.class).id("step-save")).click();
        test($(Button.class).id("step-up-3")).click();
        assertThat(List.of(stepName(1), stepName(2), stepName(3)))
                .containsExactly("Company details", "Welcome call", "Review the details");
        assertThat($(Button.class).id("step-up-2").getAriaLabel()).hasValue("Move step Welcome call up");

        test($(Button.class).id("step-remove-1")).click();
        test($(Button.class).id("template-save")).click();

        List<StepDefinition> steps = templates.editable(id).definition().steps();
        assertThat(steps).extracting(StepDefinition::key).containsExactly("welcome-call", "review");
        assertThat(steps.get(1).prerequisites()).as("the removed step is no longer waited for").isEmpty();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aSaveOnAStaleCopyIsRefusedAndTheStoredTemplateCanBeReloaded() {
        actAs(DemoUser.TENANT_ADMIN);
        UUID id = create("Contested").templateId();
        openEditor(id);
        TemplateView stored = templates.editable(id);
        String elsewhere = "Contested elsewhere " + suffix;
        templates.save(id, stored.revision(), new TemplateDefinition(elsewhere, null, null, null,
                stored.definition().steps()));

        test($(TextField.class).id("template-name")).setValue("Contested here " + suffix);
        test($(Button.class).id("template-save")).click();

        assertThat($(Span.class).id("template-stale-text").getText())
                .isEqualTo("Someone else changed this template in the meantime. Reload it and make your change again.");
        assertThat(templates.editable(id).definition().name()).isEqualTo(elsewhere);
        test($(Button.class).id("template-reload")).click();
        assertThat($(TextField.class).id("template-name").getValue()).isEqualTo(elsewhere);
        assertThat(unsavedChangesShown()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void tenantAdminsFindOnboardingTemplatesUnderFirmSettings() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(HomeView.class);

        SideNavItem settings = $(SideNav.class).id("side-nav").getItems().stream()
                .filter(i -> i.getLabel().equals("Firm settings")).findFirst().orElseThrow();
        assertThat(settings.getItems()).extracting(SideNavItem::getLabel).contains("Onboarding templates");
        navigate(OnboardingTemplatesView.class);
        assertThat($(H1.class).id("view-title").getText()).isEqualTo("Onboarding templates");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffCannotOpenTheTemplatesOrTheEditor() {
        actAs(DemoUser.STAFF);

        navigate("admin/onboarding-templates", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");

        navigate("admin/onboarding-templates/new", AccessDeniedView.class);
        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }

    /** A draft with a client intake form and a firm review that waits for it, named with this test's suffix. */
    private TemplateView create(String name) {
        return templates.create(new TemplateDefinition(name + " " + suffix, null, "Tax", ClientKind.ORGANIZATION, List.of(
                StepDefinition.of("details", "Company details", StepType.INTAKE_FORM, StepSide.CLIENT)
                        .withFields(FormField.of("company-name", "Company name", FieldType.TEXT, true)),
                StepDefinition.of("review", "Review the details", StepType.INTERNAL_TASK, StepSide.FIRM)
                        .after("details"))));
    }

    private void openEditor(UUID templateId) {
        navigate("admin/onboarding-templates/" + templateId, OnboardingTemplateEditorView.class);
    }

    private boolean unsavedChangesShown() {
        return $(Badge.class).withId("template-unsaved").exists();
    }

    private String stepName(int n) {
        return $(Span.class).id("step-name-" + n).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Grid<TemplateSummary> grid() {
        return $(Grid.class).id("templates-grid");
    }

    private List<TemplateSummary> rows(Grid<TemplateSummary> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
