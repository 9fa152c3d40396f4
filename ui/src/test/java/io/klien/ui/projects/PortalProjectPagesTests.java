package io.klien.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.NewDeliverable;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewProject;
import io.klien.projects.NewProjectUpdate;
import io.klien.projects.NewTask;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.projects.SupportState;
import io.klien.projects.TaskVisibility;
import io.klien.projects.VersionState;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.NotFoundView;
import io.klien.ui.portal.PortalHomeView;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budi follows PT Maju Jaya's project in the portal: his home lists the project, the version awaiting his review and
 * the task that is his, the latest update (never its internal note) and the team; on the project page he asks for
 * changes (a comment required), approves the next version and finds its acceptance certificate; he raises a support
 * request and confirms it once resolved. Another client's project is not found.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalProjectPagesTests extends DemoFirmBrowserlessTest {

    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Deliverables deliverables;
    @Autowired ProjectUpdates updates;
    @Autowired SupportRequests support;
    @Autowired io.klien.projects.ProjectDiscussions discussions;
    @Autowired ClientContacts clientContacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired io.klien.tenancy.MemberPhotos photos;
    @Autowired TransactionTemplate tx;

    @Test
    @Order(1)
    @SignedInAs(DemoUser.CLIENT)
    void beforeAnyProjectTheHomeSaysWhereProjectsWillAppear() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(PortalHomeView.class);

        assertThat($(Paragraph.class).id("portal-projects-none").getText()).startsWith("No projects yet.");
        assertThat($(Paragraph.class).id("portal-account-team-none").getText())
                .isEqualTo("The firm has not named your team yet.");
    }

    @Test
    @Order(2)
    @SignedInAs(DemoUser.CLIENT)
    void theHomeShowsTheProjectWhatAwaitsHimTheLatestUpdateAndTheTeam() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = asStaff(() -> projects.create(new NewProject(majuJaya(), ProjectKind.PROJECT,
                "Company profile website", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 30), null)));
        asStaff(() -> plans.addMilestone(project.id(), new NewMilestone("Design", null, true, LocalDate.of(2027, 2, 1))));
        DeliverableView sitemap = asStaff(() -> deliverables.add(project.id(), new NewDeliverable("Sitemap", null, null)));
        DeliverableVersionView v1 = asStaff(() -> deliverables.submitLink(sitemap.id(),
                "https://drive.example/sitemap-v1", "First draft of the structure"));
        UUID contact = asStaff(() -> clientContacts.addContact(majuJaya(), new ContactDetails("Budi Setiawan",
                "budi-" + UUID.randomUUID() + "@maju-jaya.test", null, "Director"), false).id());
        asStaff(() -> plans.addTask(project.id(), new NewTask("Send the logo files", null, null, TaskVisibility.SHARED,
                null, contact, LocalDate.of(2027, 1, 15))));
        asStaff(() -> plans.addTask(project.id(), new NewTask("Check our margin", null, null, TaskVisibility.INTERNAL,
                DemoUser.STAFF.subject(), null, null)));
        asStaff(() -> updates.post(project.id(), new NewProjectUpdate("Kick-off held and sitemap drafted",
                "Wireframes", null, null, null, "Budget is tight")));
        asStaff(() -> photos.replaceMine(photo()));

        navigate(PortalHomeView.class);

        assertThat($(Anchor.class).id("portal-project-" + project.id()).getText()).isEqualTo("Company profile website");
        assertThat($(Anchor.class).id("portal-task-review-" + v1.id()).getText())
                .isEqualTo("Review \u201cSitemap\u201d, version 1");
        Div toDo = $(Div.class).id("portal-project-todo");
        assertThat(toDo.getElement().getTextRecursively()).contains("Send the logo files")
                .doesNotContain("Check our margin");
        String updatesText = $(Div.class).id("portal-updates").getElement().getTextRecursively();
        assertThat(updatesText).contains("Kick-off held and sitemap drafted").doesNotContain("Budget is tight");
        assertThat($(Div.class).id("portal-account-team").getElement().getTextRecursively())
                .contains("Rudi Santoso", "Project lead", "rudi@hartono-law.test");
        Avatar lead = $(Avatar.class).from($(Div.class).id("portal-account-team")).first();
        assertThat(lead.getName()).isEqualTo("Rudi Santoso");
        assertThat(lead.getElement().getAttribute("img")).as("his photo, not his initials").isNotBlank();
        asStaff(() -> {
            photos.removeMine();
            return null;
        });
    }

    @Test
    @Order(3)
    @SignedInAs(DemoUser.CLIENT)
    void heAsksForChangesWithACommentThenApprovesTheNextVersionAndGetsTheCertificate() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = asStaff(() -> projects.create(new NewProject(majuJaya(), ProjectKind.PROJECT,
                "Annual report design", LocalDate.of(2027, 1, 4), null, null)));
        DeliverableView report = asStaff(() -> deliverables.add(project.id(), new NewDeliverable("Cover", null, null)));
        asStaff(() -> deliverables.submitLink(report.id(), "https://drive.example/cover-v1", null));

        navigate("portal/projects/" + project.id(), PortalProjectView.class);
        assertThat($(H2.class).id("portal-project-title").getText()).isEqualTo("Annual report design");
        test($(Button.class).id("portal-review-" + report.id())).click();
        assertThat($(Span.class).id("portal-review-sha256").getText()).startsWith("Fingerprint (SHA-256): ");
        assertThat($(Anchor.class).id("portal-review-open").getHref()).isEqualTo("https://drive.example/cover-v1");
        test($(Button.class).id("portal-review-request-changes")).click();
        TextArea comment = $(TextArea.class).id("portal-review-comment");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what should change.");
        assertThat(asStaff(() -> deliverables.get(report.id())).current().state()).isEqualTo(VersionState.IN_REVIEW);

        test(comment).setValue("Use the darker blue of our logo");
        test($(Button.class).id("portal-review-request-changes")).click();
        assertThat(asStaff(() -> deliverables.get(report.id())).current().state())
                .isEqualTo(VersionState.CHANGES_REQUESTED);
        assertThat($(Span.class).id("portal-deliverable-state-" + report.id()).getText()).isEqualTo("Changes requested");

        DeliverableVersionView v2 = asStaff(() -> deliverables.submitLink(report.id(), "https://drive.example/cover-v2",
                "Darker blue"));
        navigate("portal/projects/" + project.id(), PortalProjectView.class);
        assertThat($(Div.class).id("portal-deliverable-" + report.id()).getElement().getTextRecursively())
                .contains("Version 1: Changes requested", "you asked: Use the darker blue of our logo");
        test($(Button.class).id("portal-review-" + report.id())).click();
        assertThat($(Paragraph.class).id("portal-review-you-asked").getText())
                .isEqualTo("On version 1 you asked: Use the darker blue of our logo");
        test($(Button.class).id("portal-review-approve")).click();

        assertThat(asStaff(() -> deliverables.get(report.id())).current().state()).isEqualTo(VersionState.APPROVED);
        assertThat($(Anchor.class).id("portal-certificate-" + v2.id()).getText())
                .startsWith("Acceptance certificate of version 2");
    }

    @Test
    @Order(4)
    @SignedInAs(DemoUser.CLIENT)
    void anotherClientsProjectIsNotFound() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UUID otherClient = TenantContext.callIn(Scope.system(OwnFirms.current().hartono()), () -> tx.execute(status ->
                jdbc.queryForObject("select id from client where id <> ? order by name limit 1", UUID.class,
                        majuJaya())));
        ProjectView theirs = asStaff(() -> projects.create(new NewProject(otherClient, ProjectKind.MATTER,
                "Someone else's matter", LocalDate.of(2027, 1, 4), null, null)));

        NotFoundView view = navigate("portal/projects/" + theirs.id(), NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Someone else");
    }

    @Test
    @Order(5)
    @SignedInAs(DemoUser.CLIENT)
    void heRaisesASupportRequestAndConfirmsItOnceResolved() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PortalSupportView.class);
        assertThat($(Paragraph.class).id("portal-support-none").getText())
                .isEqualTo("You have not raised any support requests.");

        test($(TextField.class).id("portal-support-category")).setValue("Billing");
        test($(Button.class).id("portal-support-raise")).click();
        TextArea description = $(TextArea.class).id("portal-support-description");
        assertThat(description.isInvalid()).isTrue();
        assertThat(asStaff(() -> support.ofClient(majuJaya()))).as("nothing saved").isEmpty();

        @SuppressWarnings("unchecked")
        Select<io.klien.projects.SupportPriority> priority = $(Select.class).id("portal-support-priority");
        priority.setValue(io.klien.projects.SupportPriority.HIGH);
        test(description).setValue("The December invoice shows the wrong amount");
        test($(com.vaadin.flow.component.upload.Upload.class).id("portal-support-attachments")).upload("invoice.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        roundTrip();
        assertThat($(Span.class).id("portal-support-attachments-received").getText()).isEqualTo("1 file attached");
        test($(Button.class).id("portal-support-raise")).click();

        List<SupportRequestView> raised = asStaff(() -> support.ofClient(majuJaya()));
        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("Billing");
            assertThat(r.priority()).isEqualTo(io.klien.projects.SupportPriority.HIGH);
            assertThat(r.documentIds()).as("the attached invoice").hasSize(1);
        });
        UUID id = raised.getFirst().id();
        assertThat($(Div.class).id("portal-support-" + id).getElement().getTextRecursively())
                .contains("The December invoice shows the wrong amount", "First answer by");

        asStaff(() -> support.reply(id, "We corrected the invoice."));
        asStaff(() -> support.resolve(id));
        navigate(PortalSupportView.class);
        test($(Button.class).id("portal-support-confirm-" + id)).click();

        assertThat(asStaff(() -> support.get(id)).state()).isEqualTo(SupportState.CLOSED);
        assertThat($(Span.class).id("portal-support-state-" + id).getText()).isEqualTo("Closed");
    }

    @Test
    @Order(6)
    @SignedInAs(DemoUser.CLIENT)
    void heDiscussesInSharedThreadsNeverSeesAnInternalOneAndChoosesHisMail() {
        actAs(DemoUser.CLIENT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ProjectView project = asStaff(() -> projects.create(new NewProject(majuJaya(), ProjectKind.PROJECT,
                "Trademark filing", LocalDate.of(2027, 1, 4), null, null)));
        asStaff(() -> discussions.start(new io.klien.projects.NewThread(project.id(), null, "Fee discussion",
                io.klien.projects.ThreadVisibility.INTERNAL)));

        navigate("portal/projects/" + project.id(), PortalProjectView.class);
        assertThat($(Paragraph.class).id("project-threads-empty").getText()).startsWith("No discussions yet. Start one to ask the team");
        test($(Button.class).id("project-thread-new")).click();
        assertThat($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).all())
                .as("a client starts shared threads only").isEmpty();
        test($(TextField.class).id("project-thread-title-input")).setValue("Logo files");
        test($(Button.class).id("project-thread-start")).click();
        test($(TextArea.class).id("project-message-body")).setValue("Which format do you need?");
        test($(com.vaadin.flow.component.upload.Upload.class).id("project-message-attachments")).upload("logo.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        roundTrip();
        assertThat($(Span.class).id("project-message-attachments-received").getText()).isEqualTo("1 file attached");
        test($(Button.class).id("project-message-post")).click();

        List<io.klien.projects.DiscussionThreadView> seen = asStaff(() -> discussions.threadsOfProject(project.id()));
        assertThat(seen).extracting(io.klien.projects.DiscussionThreadView::title)
                .containsExactlyInAnyOrder("Logo files", "Fee discussion");
        io.klien.projects.DiscussionThreadView shared = seen.stream().filter(t -> t.title().equals("Logo files"))
                .findFirst().orElseThrow();
        assertThat(shared.visibility()).isEqualTo(io.klien.projects.ThreadVisibility.SHARED);
        List<io.klien.projects.DiscussionMessageView> posted = asStaff(() -> discussions.messages(shared.id()));
        assertThat(posted).extracting(io.klien.projects.DiscussionMessageView::body)
                .containsExactly("Which format do you need?");
        UUID attachment = posted.getFirst().documentIds().getFirst();
        assertThat($(Anchor.class).id("project-message-attachment-" + attachment).getText()).isEqualTo("logo.pdf");
        assertThat($(Div.class).id("project-threads").getElement().getTextRecursively())
                .contains("Logo files").doesNotContain("Fee discussion");

        @SuppressWarnings("unchecked")
        Select<io.klien.projects.DiscussionMailMode> mail = $(Select.class).id("project-discussion-mail");
        mail.setValue(io.klien.projects.DiscussionMailMode.DAILY_DIGEST);
        assertThat(TenantContext.callIn(Scope.member(OwnFirms.current().hartono(), DemoUser.CLIENT.subject(),
                "CLIENT", majuJaya(), false), () -> discussions.mailMode()))
                .isEqualTo(io.klien.projects.DiscussionMailMode.DAILY_DIGEST);
    }

    private static byte[] photo() {
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(320, 240,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private <T> T asStaff(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(OwnFirms.current().hartono(), DemoUser.STAFF.subject(), "STAFF", null,
                false), () -> tx.execute(status -> work.get()));
    }

    private UUID majuJaya() {
        return TenantContext.callIn(Scope.system(OwnFirms.current().hartono()), () -> tx.execute(status ->
                jdbc.queryForObject("select client_id from membership where subject = ?", UUID.class,
                        DemoUser.CLIENT.subject())));
    }
}
