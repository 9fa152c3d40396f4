package io.klien.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewDeliverable;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewProject;
import io.klien.projects.NewTask;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.StatusChangeView;
import io.klien.projects.TaskState;
import io.klien.projects.TaskView;
import io.klien.projects.TaskVisibility;
import io.klien.projects.VersionState;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.DomainException;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.FirmFormats;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import io.klien.ui.contracts.ContractPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project's staff page: the plan on a timeline, tasks, updates, deliverables with versions, usage against the
 * contract's quota, the status the lead sets with a reason; and the project made from a signed contract's page.
 */
@SpringBootTest
class ProjectPageTests extends DemoFirmBrowserlessTest {

    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Deliverables deliverables;
    @Autowired ProjectUpdates updates;
    @Autowired io.klien.projects.ProjectDiscussions discussions;
    @Autowired Clients clients;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired FirmFormats formats;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private ProjectView project(String leadSubject) {
        UUID clientId = clients.create(unique("PT Proyek"), ClientKind.ORGANIZATION).id();
        return projects.create(new NewProject(clientId, ProjectKind.MATTER, unique("Acquisition"),
                formats.today().minusDays(30), formats.today().plusDays(90), leadSubject));
    }

    private ProjectPage open(ProjectView project, String tab) {
        ProjectPage page = navigate(ProjectPage.class, Map.of(ProjectPage.PARAMETER, project.id().toString()));
        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf(tab));
        return page;
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void thePageShowsThePlanOnATimelineWithTheTasksAndTheDeliverables() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        MilestoneView research = plans.addMilestone(project.id(), new NewMilestone("Research", null, false,
                formats.today().minusDays(5)));
        MilestoneView memo = plans.addMilestone(project.id(), new NewMilestone("Closing memo", null, true,
                formats.today().plusDays(60)));
        MilestoneView handover = plans.addMilestone(project.id(), new NewMilestone(
                "Handover of the signed transaction documents", null, false, formats.today().plusDays(90)));
        plans.addTask(project.id(), new NewTask("Read the target's contracts", null, research.id(),
                TaskVisibility.INTERNAL, DemoUser.STAFF.subject(), null, formats.today().plusDays(2)));
        DeliverableView deliverable = deliverables.add(project.id(), new NewDeliverable("Memorandum", null,
                memo.id()));
        deliverables.submitLink(deliverable.id(), "https://docs.example/memo-v1", "First draft");

        open(project, "overview");

        assertThat($(H2.class).id("project-title").getText()).isEqualTo(project.title());
        assertThat($(Span.class).id("project-status").getText()).isEqualTo("On track");
        assertThat($(Span.class).id("project-lead").getText()).isEqualTo("Led by Rudi Santoso");
        assertThat($(Div.class).id("project-timeline-" + research.id()).getClassNames())
                .as("past its due date and not completed").contains("klien-timeline-overdue");
        assertThat($(Div.class).id("project-timeline-" + memo.id()).getClassNames())
                .doesNotContain("klien-timeline-overdue", "klien-timeline-done");
        // labels near an end read inwards, so they stay on the track; the marker names the milestone in full
        assertThat($(Div.class).id("project-timeline-" + research.id()).getClassNames())
                .contains("klien-timeline-near-start");
        assertThat($(Div.class).id("project-timeline-" + memo.id()).getClassNames())
                .doesNotContain("klien-timeline-near-start", "klien-timeline-near-end");
        Div last = $(Div.class).id("project-timeline-" + handover.id());
        assertThat(last.getClassNames()).contains("klien-timeline-near-end");
        assertThat(last.getElement().getAttribute("title"))
                .startsWith("Handover of the signed transaction documents: due " + formats.date(handover.dueOn()));
        assertThat($(Div.class).id("project-timeline").getChildren()
                .filter(c -> c.getElement().getClassList().contains("klien-timeline-ends"))
                .findFirst().orElseThrow().getElement().getTextRecursively())
                .as("the last marker shows the end date; the line's end does not repeat it")
                .isEqualTo(formats.date(formats.today().minusDays(30)));
        assertThat($(Div.class).id("project-milestone-" + memo.id()).getElement().getTextRecursively())
                .contains("Closing memo", "Due " + formats.date(formats.today().plusDays(60)));

        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("tasks"));
        Grid<?> tasks = $(Grid.class).id("project-tasks-grid");
        assertThat(test(tasks).size()).isEqualTo(1);
        assertThat(test(tasks).getCellText(0, 0)).isEqualTo("Read the target's contracts");
        assertThat(test(tasks).getCellText(0, 1)).isEqualTo("Research");
        assertThat(test(tasks).getCellText(0, 2)).isEqualTo("Rudi Santoso");

        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("deliverables"));
        UUID version = deliverables.get(deliverable.id()).current().id();
        assertThat($(Div.class).id("project-deliverable-" + deliverable.id()).getElement().getTextRecursively())
                .contains("Memorandum", "For milestone Closing memo", "Version 1", "First draft");
        assertThat($(Span.class).id("project-version-state-" + version).getText()).isEqualTo("In review");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadChangesTheStatusOnlyWithAReasonAndAChangeFromAnOldCopyShowsTheNewerOne() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "overview");

        test($(Button.class).id("project-status-change")).click();
        $(Select.class).id("project-status-select").setValue(ProjectStatus.AT_RISK);
        test($(Button.class).id("project-status-confirm")).click();
        TextArea reason = $(TextArea.class).id("project-status-reason-input");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why");
        assertThat(projects.get(project.id()).status()).as("nothing saved").isEqualTo(ProjectStatus.ON_TRACK);

        test(reason).setValue("The court moved the hearing forward");
        test($(Button.class).id("project-status-confirm")).click();
        assertThat($(Span.class).id("project-status").getText()).isEqualTo("At risk");
        assertThat($(Paragraph.class).id("project-status-reason").getText())
                .isEqualTo("Why: The court moved the hearing forward");
        assertThat(projects.statusHistory(project.id())).extracting(StatusChangeView::to)
                .containsExactly(ProjectStatus.ON_TRACK, ProjectStatus.AT_RISK);

        test($(Button.class).id("project-status-change")).click();
        ProjectView now = projects.get(project.id());
        projects.changeStatus(project.id(), now.version(), ProjectStatus.ON_HOLD, "The client paused the deal");
        $(Select.class).id("project-status-select").setValue(ProjectStatus.ON_TRACK);
        test($(Button.class).id("project-status-confirm")).click();

        assertThat($(Notification.class).id("project-status-refused").getElement().getProperty("text"))
                .startsWith("Someone else changed this project meanwhile.");
        assertThat($(Span.class).id("project-status").getText()).isEqualTo("On hold");
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.ON_HOLD);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aColleagueWhoDoesNotLeadTheProjectIsNotOfferedTheStatusChange() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(DemoUser.TENANT_ADMIN.subject());

        open(project, "overview");

        assertThat($(Span.class).id("project-lead").getText()).isEqualTo("Led by Lena Hartono");
        assertThat($(Button.class).withId("project-status-change").exists()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffAddATaskMoveItOnAndShareItWithTheClient() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "tasks");

        test($(Button.class).id("project-task-add")).click();
        test($(Button.class).id("project-task-save")).click();
        TextField title = $(TextField.class).id("project-task-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the task a title.");
        assertThat(plans.tasks(project.id())).as("nothing saved").isEmpty();

        test(title).setValue("Prepare the disclosure letter");
        test($(ComboBox.class).id("project-task-assignee")).selectItem("Rudi Santoso");
        $(DatePicker.class).id("project-task-due").setValue(formats.today().plusDays(7));
        test($(Button.class).id("project-task-save")).click();

        TaskView task = plans.tasks(project.id()).getFirst();
        assertThat(task.title()).isEqualTo("Prepare the disclosure letter");
        assertThat(task.visibility()).as("internal by default").isEqualTo(TaskVisibility.INTERNAL);
        assertThat(task.assigneeSubject()).isEqualTo(DemoUser.STAFF.subject());
        Grid<?> grid = $(Grid.class).id("project-tasks-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(formats.date(formats.today().plusDays(7)));

        @SuppressWarnings("unchecked")
        Select<TaskState> state = (Select<TaskState>) test(grid).getCellComponent(0, "state");
        state.setValue(TaskState.DONE);
        assertThat(plans.task(task.id()).state()).isEqualTo(TaskState.DONE);

        Grid<?> redrawn = $(Grid.class).id("project-tasks-grid");
        Component visibility = test(redrawn).getCellComponent(0, "visibility");
        Button share = (Button) visibility.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
        assertThat(share.getText()).isEqualTo("Share with client");
        test(share).click();
        assertThat(plans.task(task.id()).visibility()).isEqualTo(TaskVisibility.SHARED);

        TaskView before = plans.task(task.id());
        test((Button) test($(Grid.class).id("project-tasks-grid")).getCellComponent(0, "replan")).click();
        $(ComboBox.class).id("project-task-replan-assignee").clear();
        $(DatePicker.class).id("project-task-replan-due").setValue(formats.today().plusDays(14));
        test($(Button.class).id("project-task-replan-save")).click();
        TaskView replanned = plans.task(task.id());
        assertThat(replanned.assigneeSubject()).as("nobody's now").isNull();
        assertThat(replanned.dueOn()).isEqualTo(formats.today().plusDays(14));
        assertThat(test($(Grid.class).id("project-tasks-grid")).getCellText(0, 2)).isEqualTo("Nobody yet");
        assertThatThrownBy(() -> plans.replan(task.id(), before.version(), DemoUser.STAFF.subject(), null, null))
                .as("a change from an old copy").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.stale[");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theTeamPostsAnUpdateWithWhatWasDoneWhatComesNextAndTheRisks() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "updates");

        test($(Button.class).id("project-update-post")).click();
        test($(Button.class).id("project-update-submit")).click();
        TextArea done = $(TextArea.class).id("project-update-done");
        assertThat(done.isInvalid()).isTrue();
        assertThat(done.getErrorMessage()).isEqualTo("Say what was done.");

        test(done).setValue("Reviewed 40 supplier contracts");
        test($(TextArea.class).id("project-update-next")).setValue("Draft the disclosure schedule");
        test($(TextArea.class).id("project-update-risks")).setValue("Two contracts have change-of-control clauses");
        test($(TextArea.class).id("project-update-internal-note")).setValue("Ask Lena about the fee cap");
        test($(Button.class).id("project-update-submit")).click();

        var posted = updates.list(project.id(), PageRequest.of(0, 5));
        assertThat(posted).singleElement().satisfies(u -> {
            assertThat(u.next()).isEqualTo("Draft the disclosure schedule");
            assertThat(u.internalNote()).isEqualTo("Ask Lena about the fee cap");
        });
        assertThat($(Div.class).id("project-update-" + posted.getFirst().id()).getElement().getTextRecursively())
                .contains("Reviewed 40 supplier contracts", "Two contracts have change-of-control clauses",
                        "Internal note");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffAddADeliverableAndSubmitALinkThenAFileThatSupersedesIt() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "deliverables");

        test($(Button.class).id("project-deliverable-add")).click();
        test($(TextField.class).id("project-deliverable-title")).setValue("Logo");
        test($(Button.class).id("project-deliverable-save")).click();
        DeliverableView logo = deliverables.ofProject(project.id()).getFirst();
        assertThat(logo.title()).isEqualTo("Logo");

        test($(Button.class).id("project-deliverable-submit-" + logo.id())).click();
        TextField url = $(TextField.class).id("project-version-url");
        test(url).setValue("ftp://files.example/logo");
        test($(Button.class).id("project-version-submit")).click();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Enter a full web address starting with https:// or http://.");
        assertThat(deliverables.get(logo.id()).versions()).as("nothing saved").isEmpty();

        test(url).setValue("https://figma.example/file/logo-v1");
        test($(TextField.class).id("project-version-note")).setValue("First ideas");
        test($(Button.class).id("project-version-submit")).click();
        var first = deliverables.get(logo.id()).current();
        assertThat(first.linkUrl()).isEqualTo("https://figma.example/file/logo-v1");
        assertThat(first.state()).isEqualTo(VersionState.IN_REVIEW);
        assertThat($(Span.class).id("project-version-state-" + first.id()).getText()).isEqualTo("In review");

        test($(Button.class).id("project-deliverable-submit-" + logo.id())).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DeliverableVersionDialog.Source> source = $(RadioButtonGroup.class)
                .id("project-version-source");
        source.setValue(DeliverableVersionDialog.Source.FILE);
        test($(Upload.class).id("project-version-upload")).upload("logo.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        roundTrip();
        test($(Button.class).id("project-version-submit")).click();

        var versions = deliverables.get(logo.id()).versions();
        assertThat(versions).extracting(v -> v.number(), v -> v.state()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, VersionState.IN_REVIEW),
                org.assertj.core.groups.Tuple.tuple(1, VersionState.SUPERSEDED));
        assertThat(versions.getFirst().documentId()).isNotNull();
        assertThat($(Span.class).id("project-version-state-" + first.id()).getText()).isEqualTo("Superseded");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aSignedContractsPageCreatesItsProjectWhichTheClientPageListsAndWhoseUsageCountsAgainstTheQuota() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID clientId = clients.create(unique("PT Kontrak"), ClientKind.ORGANIZATION).id();
        ContractView contract = signedContract(clientId);
        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, contract.id().toString()));

        test($(Button.class).id("contract-create-project")).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectPage.class);
        UUID projectId = projects.ofContract(contract.id()).orElseThrow();
        ProjectView project = projects.get(projectId);
        assertThat(project.milestones()).extracting(MilestoneView::title)
                .containsExactly("Due diligence", "Closing memorandum");
        assertThat($(H2.class).id("project-title").getText()).isEqualTo(contract.title());

        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("usage"));
        test($(Button.class).id("project-usage-log-time")).click();
        $(BigDecimalField.class).id("project-time-hours").setValue(new BigDecimal("2"));
        test($(Button.class).id("project-time-save")).click();
        assertThat($(Span.class).id("project-usage-used-0").getText()).isEqualTo("2 of 40 hours used (5%)");
        assertThat($(Span.class).id("project-time-total").getText()).isEqualTo("Total: 2 h 0 min");
        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("deliverables"));
        assertThat($(Span.class).id("project-revision-rounds").getText()).as("the quota's line for revision rounds")
                .isEqualTo("Revision rounds used: 0 of 3");

        navigate(ContractPage.class, Map.of(ContractPage.PARAMETER, contract.id().toString()));
        assertThat($(RouterLink.class).id("contract-project").getHref()).isEqualTo("projects/" + projectId);
        assertThat($(Button.class).withId("contract-create-project").exists()).as("one project per contract").isFalse();

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(5);
        Grid<?> tab = $(Grid.class).id("client-projects-grid");
        assertThat(test(tab).size()).isEqualTo(1);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadPlansAMilestoneAndCompletingTheLastOneCompletesTheProject() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "overview");
        assertThat($(Paragraph.class).id("project-milestones-empty").getText()).startsWith("No milestones yet.");

        test($(Button.class).id("project-milestone-add")).click();
        test($(TextField.class).id("project-milestone-title")).setValue("Signing");
        $(DatePicker.class).id("project-milestone-due").setValue(formats.today().plusDays(20));
        test($(Button.class).id("project-milestone-save")).click();
        MilestoneView signing = projects.get(project.id()).milestones().getFirst();
        assertThat(signing.title()).isEqualTo("Signing");

        test($(Button.class).id("project-milestone-complete-" + signing.id())).click();
        assertThat(projects.get(project.id()).status()).as("its last milestone completes it").isEqualTo(
                ProjectStatus.DONE);
        assertThat($(Span.class).id("project-milestone-done-" + signing.id()).getText())
                .isEqualTo("Completed " + formats.date(formats.today()));
        assertThat($(Div.class).id("project-timeline-" + signing.id()).getClassNames())
                .contains("klien-timeline-done");
        assertThat($(Span.class).id("project-status").getText()).isEqualTo("Done");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theTeamDiscussesInAThreadMentioningAColleagueAndCommentsOnAVersionAndAnUpdate() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = projects.putMember(project(null).id(), DemoUser.TENANT_ADMIN.subject(),
                io.klien.projects.ProjectRole.MEMBER);
        DeliverableView memo = deliverables.add(project.id(), new NewDeliverable("Memorandum", null, null));
        var version = deliverables.submitLink(memo.id(), "https://docs.example/memo-v1", null);
        var update = updates.post(project.id(), io.klien.projects.NewProjectUpdate.of("Kick-off held", null, null));
        open(project, "discussion");

        test($(Button.class).id("project-thread-new")).click();
        test($(TextField.class).id("project-thread-title-input")).setValue("Fee cap");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<io.klien.projects.ThreadVisibility> visibility = $(RadioButtonGroup.class)
                .id("project-thread-visibility");
        visibility.setValue(io.klien.projects.ThreadVisibility.INTERNAL);
        test($(Button.class).id("project-thread-start")).click();
        var thread = discussions.threadsOfProject(project.id()).getFirst();
        assertThat(thread.visibility()).isEqualTo(io.klien.projects.ThreadVisibility.INTERNAL);

        test($(TextArea.class).id("project-message-body")).setValue("Can we agree a cap of 10%?");
        test($(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("project-message-mentions"))
                .selectItem("Lena Hartono");
        test($(Button.class).id("project-message-post")).click();
        assertThat(discussions.messages(thread.id())).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("Can we agree a cap of 10%?");
            assertThat(m.mentions()).containsExactly(DemoUser.TENANT_ADMIN.subject());
        });
        assertThat($(Div.class).id("project-thread-messages").getElement().getTextRecursively())
                .contains("Can we agree a cap of 10%?", "Mentions Lena Hartono");

        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("deliverables"));
        test($(Button.class).id("project-version-comments-" + version.id())).click();
        test($(TextArea.class).id("project-version-comment-body-" + version.id())).setValue("Check clause 4");
        test($(Button.class).id("project-version-comment-send-" + version.id())).click();
        assertThat(deliverables.comments(version.id())).extracting(c -> c.body()).containsExactly("Check clause 4");

        test($(TabSheet.class).id("project-tabs")).select(ProjectPage.TABS.indexOf("updates"));
        test($(Button.class).id("project-update-replies-" + update.id())).click();
        test($(TextArea.class).id("project-update-reply-body-" + update.id())).setValue("Minutes are in the folder");
        test($(Button.class).id("project-update-reply-send-" + update.id())).click();
        assertThat(updates.replies(update.id())).extracting(r -> r.body()).containsExactly("Minutes are in the folder");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadAddsAColleagueToTheTeamAndTakesThemOffAgainButNeverTheLead() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = project(null);
        open(project, "team");

        test($(Button.class).id("project-team-add")).click();
        test($(ComboBox.class).id("project-team-person")).selectItem("Lena Hartono");
        test($(Button.class).id("project-team-save")).click();
        assertThat(projects.get(project.id()).team()).extracting(m -> m.subject(), m -> m.role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DemoUser.STAFF.subject(), io.klien.projects.ProjectRole.LEAD),
                org.assertj.core.groups.Tuple.tuple(DemoUser.TENANT_ADMIN.subject(),
                        io.klien.projects.ProjectRole.MEMBER));
        assertThat($(Button.class).withId("project-team-remove-" + DemoUser.STAFF.subject()).exists())
                .as("the lead is handed over, not removed").isFalse();

        Grid<?> team = $(Grid.class).id("project-team-grid");
        int lena = 0;
        while (!((io.klien.projects.ProjectMemberView) test(team).getRow(lena)).subject()
                .equals(DemoUser.TENANT_ADMIN.subject())) {
            lena++;
        }
        Button remove = (Button) test(team).getCellComponent(lena, 2).getChildren().findFirst().orElseThrow();
        assertThat(remove.getId()).hasValue("project-team-remove-" + DemoUser.TENANT_ADMIN.subject());
        test(remove).click();
        assertThat(projects.get(project.id()).team()).extracting(m -> m.subject())
                .containsExactly(DemoUser.STAFF.subject());
    }

    /**
     * A contract for the client with two scope items, 40 hours a month and 3 revision rounds, brought into force in the
     * database.
     */
    private ContractView signedContract(UUID clientId) {
        LocalDate start = formats.today().minusDays(10);
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Due diligence", null, true),
                new ScopeItem("Closing memorandum", null, true)),
                Fee.fixed(Money.of(50_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                Term.fixed(start, start.plusYears(1)), List.of(new Quota(new BigDecimal("40"), Quota.Unit.HOURS,
                        Quota.Period.MONTH, Quota.Overage.NOT_PROVIDED, null), new Quota(BigDecimal.valueOf(3),
                        Quota.Unit.REVISION_ROUNDS, Quota.Period.CONTRACT, Quota.Overage.NEEDS_CHANGE_ORDER, null)),
                Penalties.none(), new Termination(10, Money.of(5_000_000, "IDR")), true, false);
        ContractView draft = contracts.draft(clientId, templates.list().getFirst().templateId(), new ContractDraft(
                unique("Acquisition of PT Sinar"), null, terms,
                List.of(SignatoryChoice.firmMember(DemoUser.TENANT_ADMIN.subject())), SigningOrder.PARALLEL,
                formats.today().plusDays(14)));
        // signing is the contracts module's to test; here the contract only needs to be in force
        TenantContext.runIn(TenantContext.Scope.system(OwnFirms.current().hartono()), () -> tx.executeWithoutResult(
                s -> jdbc.update("update contract set status = 'ACTIVE', signed_at = now(), sent_at = now() where id = ?",
                        draft.id())));
        return contracts.get(draft.id());
    }
}
