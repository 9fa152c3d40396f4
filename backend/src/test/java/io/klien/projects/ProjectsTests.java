package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects made from a signed contract and by hand; status with reasons and history; the team; milestones and tasks,
 * internal or shared; and what a client user may see and do.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsTests {

    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired ClientContacts clientContacts;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    UUID contactOfA1;
    Scope clientUserOfA1;
    Scope clientUserOfA2;

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        contactOfA1 = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi-" + UUID.randomUUID() + "@a1.test", null, "Director"), true)
                .id());
        clientUserOfA1 = Scope.member(firms.firmA, "client-a1-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        clientUserOfA2 = Scope.member(firms.firmA, "client-a2-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
    }

    /**
     * A contract for client A1 with three scope items over a year and a quota of 40 hours a month, brought into
     * force directly in the database (signing itself is the contracts module's to test).
     */
    private ContractView signedContract() {
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst();
        ContractTerms base = template.definition().terms();
        ContractTerms terms = new ContractTerms(List.of(
                new ScopeItem("Due diligence", "Review the target's contracts", true),
                new ScopeItem("Negotiation support", null, false),
                new ScopeItem("Closing memorandum", null, true)),
                base.fee(), base.payment(), Term.fixed(START, START.plusDays(360)),
                List.of(new Quota(new BigDecimal("40"), Quota.Unit.HOURS, Quota.Period.MONTH,
                        Quota.Overage.NOT_PROVIDED, null)),
                base.penalties(), base.termination(), true, false);
        ContractView draft = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, template.templateId(),
                new ContractDraft("Acquisition of PT Sinar " + UUID.randomUUID().toString().substring(0, 6), null, terms,
                        List.of(SignatoryChoice.clientContact(contactOfA1)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30))));
        firms.asSystem(firms.firmA, () -> jdbc.update(
                "update contract set status = 'ACTIVE', signed_at = now(), sent_at = now() where id = ?", draft.id()));
        return firms.as(firms.staffOfA(), () -> contracts.get(draft.id()));
    }

    private ProjectView byHand(String title) {
        return firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1, ProjectKind.MATTER,
                title + " " + UUID.randomUUID().toString().substring(0, 6), START, START.plusMonths(6), null)));
    }

    @Test
    void aSignedContractBecomesAProjectItsScopeTheMilestonesItsQuotaTheBudgetItsTermTheDates() {
        ContractView contract = signedContract();

        ProjectView project = firms.as(firms.staffOfA(), () -> projects.createFromContract(contract.id()));

        assertThat(project.kind()).as("a law firm runs matters").isEqualTo(ProjectKind.MATTER);
        assertThat(project.title()).isEqualTo(contract.title());
        assertThat(project.contractId()).isEqualTo(contract.id());
        assertThat(project.startsOn()).isEqualTo(START);
        assertThat(project.endsOn()).isEqualTo(START.plusDays(360));
        assertThat(project.budget().quotas()).singleElement()
                .satisfies(q -> assertThat(q.amount()).isEqualByComparingTo("40"));
        assertThat(project.milestones()).extracting(MilestoneView::title)
                .containsExactly("Due diligence", "Negotiation support", "Closing memorandum");
        assertThat(project.milestones()).extracting(MilestoneView::deliverable).containsExactly(true, false, true);
        assertThat(project.milestones()).extracting(MilestoneView::dueOn)
                .containsExactly(START.plusDays(120), START.plusDays(240), START.plusDays(360));
        assertThat(project.leadSubject()).isEqualTo(firms.staffA);
        assertThat(project.team()).containsExactly(new ProjectMemberView(firms.staffA, ProjectRole.LEAD));
        assertThat(project.status()).isEqualTo(ProjectStatus.ON_TRACK);
        assertThat(project.progressPercent()).isZero();
        assertThat(firms.as(firms.staffOfA(), () -> projects.ofContract(contract.id())))
                .as("the contract's page finds its project").contains(project.id());

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.createFromContract(contract.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.contract-has-project[");
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 50)))
                .getContent()).anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("project.created");
                    assertThat(e.targetId()).isEqualTo(project.id().toString());
                });
    }

    @Test
    void aContractNotYetSignedMakesNoProject() {
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst();
        ContractView draft = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, template.templateId(),
                new ContractDraft(null, null, template.definition().terms(),
                        List.of(SignatoryChoice.clientContact(contactOfA1)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30))));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.createFromContract(draft.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.contract-not-signed[");
        assertThat(firms.as(firms.staffOfA(), () -> projects.ofClient(firms.clientA1)))
                .noneMatch(p -> p.title().equals(draft.title()));
        assertThat(firms.as(firms.staffOfA(), () -> projects.ofContract(draft.id()))).isEmpty();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndSavesNothing() {
        long before = firms.as(firms.staffOfA(), () -> projects.count(ProjectFilter.all()));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.MATTER, "  ", START, null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("title"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.MATTER, "Backwards", START, START.minusDays(1), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("endsOn"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.MATTER, "Led by a stranger", START, null, "nobody-" + UUID.randomUUID()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("leadSubject"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientB1,
                ProjectKind.MATTER, "Another firm's client", START, null, null))))
                .isInstanceOf(DomainException.class);

        assertThat(firms.as(firms.staffOfA(), () -> projects.count(ProjectFilter.all()))).isEqualTo(before);
    }

    @Test
    void theLeadSetsTheStatusWithAReasonWhenItIsNotOnTrackAndTheHistoryKeepsEveryChange() {
        ProjectView project = byHand("Tax dispute");

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.changeStatus(project.id(),
                project.version(), ProjectStatus.AT_RISK, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("reason"));
        ProjectView atRisk = firms.as(firms.staffOfA(), () -> projects.changeStatus(project.id(), project.version(),
                ProjectStatus.AT_RISK, "The court moved the hearing forward"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.changeStatus(project.id(),
                project.version(), ProjectStatus.ON_TRACK, null)))
                .as("a status set from an old copy").isInstanceOf(DomainException.class).hasMessageStartingWith("projects.stale[");
        ProjectView back = firms.as(firms.staffOfA(), () -> projects.changeStatus(project.id(), atRisk.version(),
                ProjectStatus.ON_TRACK, null));

        assertThat(back.status()).isEqualTo(ProjectStatus.ON_TRACK);
        assertThat(back.statusReason()).isNull();
        assertThat(firms.as(firms.staffOfA(), () -> projects.statusHistory(project.id())))
                .extracting(StatusChangeView::to, StatusChangeView::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.ON_TRACK, null),
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.AT_RISK, "The court moved the hearing forward"),
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.ON_TRACK, null));
    }

    @Test
    void onlyTheLeadOrAnAdminSetsTheStatusAndTheLeadIsHandedOverNotRemoved() {
        ProjectView project = byHand("Trademark filing");
        ProjectView withAdmin = firms.as(firms.staffOfA(), () -> projects.putMember(project.id(), firms.adminA,
                ProjectRole.MEMBER));
        assertThat(withAdmin.team()).extracting(ProjectMemberView::subject).containsExactly(firms.staffA, firms.adminA);

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.removeMember(project.id(), firms.staffA)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.team.lead-needed[");
        ProjectView handedOver = firms.as(firms.staffOfA(), () -> projects.putMember(project.id(), firms.adminA,
                ProjectRole.LEAD));
        assertThat(handedOver.leadSubject()).isEqualTo(firms.adminA);
        assertThat(handedOver.team()).containsExactly(new ProjectMemberView(firms.adminA, ProjectRole.LEAD),
                new ProjectMemberView(firms.staffA, ProjectRole.MEMBER));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> projects.changeStatus(project.id(),
                handedOver.version(), ProjectStatus.ON_HOLD, "Waiting for the client")))
                .as("no longer the lead").isInstanceOf(DomainException.class).hasMessageStartingWith("projects.lead-only[");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> projects.putMember(project.id(),
                "stranger-" + UUID.randomUUID(), ProjectRole.MEMBER)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("subject"));
    }

    @Test
    void completingTheLastMilestoneCompletesTheProjectAndMilestoneProgressFollowsItsTasks() {
        ProjectView project = byHand("Company formation");
        MilestoneView deed = firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(),
                new NewMilestone("Deed of establishment", null, true, START.plusDays(30))));
        MilestoneView licence = firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(),
                new NewMilestone("Business licence", null, true, START.plusDays(60))));
        TaskView draft = firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask("Draft the deed",
                null, deed.id(), TaskVisibility.INTERNAL, firms.staffA, null, START.plusDays(10))));
        firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask("Send the shareholders' IDs", null,
                deed.id(), TaskVisibility.SHARED, null, contactOfA1, START.plusDays(5))));

        firms.as(firms.staffOfA(), () -> plans.changeState(draft.id(), draft.version(), TaskState.DONE));
        assertThat(firms.as(firms.staffOfA(), () -> projects.get(project.id())).milestones().getFirst()
                .progressPercent()).isEqualTo(50);

        firms.as(firms.staffOfA(), () -> plans.completeMilestone(deed.id()));
        ProjectView half = firms.as(firms.staffOfA(), () -> projects.get(project.id()));
        assertThat(half.progressPercent()).isEqualTo(50);
        assertThat(half.status()).isEqualTo(ProjectStatus.ON_TRACK);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.completeMilestone(deed.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.milestone.already-completed[");

        firms.as(firms.staffOfA(), () -> plans.completeMilestone(licence.id()));
        ProjectView done = firms.as(firms.staffOfA(), () -> projects.get(project.id()));
        assertThat(done.status()).isEqualTo(ProjectStatus.DONE);
        assertThat(done.progressPercent()).isEqualTo(100);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.addTask(project.id(),
                NewTask.internal("One more thing")))).isInstanceOf(DomainException.class).hasMessageStartingWith("projects.done[");
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 50)))
                .getContent()).extracting(e -> e.action())
                .contains("project.milestone-completed", "project.completed", "project.status-changed");
    }

    @Test
    void aTaskIsGivenToSomeoneElseAndReDatedButAnInternalOneNeverToTheClientAndNeverFromAnOldCopy() {
        ProjectView project = byHand("Trademark filing");
        TaskView task = firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask("Search the register",
                null, null, TaskVisibility.INTERNAL, firms.staffA, null, START.plusDays(3))));

        TaskView replanned = firms.as(firms.staffOfA(), () -> plans.replan(task.id(), task.version(), firms.adminA,
                null, START.plusDays(9)));

        assertThat(replanned.assigneeSubject()).isEqualTo(firms.adminA);
        assertThat(replanned.dueOn()).isEqualTo(START.plusDays(9));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.replan(task.id(), task.version(), null, null,
                null))).isInstanceOf(DomainException.class).hasMessageStartingWith("projects.stale[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.replan(task.id(), replanned.version(), null,
                contactOfA1, null))).as("an internal task never goes to the client")
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.task.client-task-shared[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.replan(task.id(), replanned.version(),
                firms.adminB, null, null))).as("firm B's admin is nobody's colleague here")
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.team.not-a-colleague[");
        TaskView kept = firms.as(firms.staffOfA(), () -> plans.task(task.id()));
        assertThat(kept.assigneeSubject()).as("nothing half-saved").isEqualTo(firms.adminA);
        assertThat(kept.dueOn()).isEqualTo(START.plusDays(9));
    }

    @Test
    void aClientUserSeesOnlyTheirOwnProjectsAndSharedTasksAndNeverAnInternalTaskEvenByItsId() {
        ProjectView project = byHand("Shareholder agreement");
        TaskView internal = firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask(
                "Check the conflict of interest", null, null, TaskVisibility.INTERNAL, firms.staffA, null, null)));
        TaskView theirs = firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask(
                "Send the signed minutes", null, null, TaskVisibility.SHARED, null, contactOfA1, START.plusDays(3))));
        TaskView sharedOfFirm = firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask(
                "Prepare the draft", null, null, TaskVisibility.SHARED, firms.staffA, null, START.plusDays(7))));

        assertThat(firms.as(clientUserOfA1, () -> plans.tasks(project.id()))).extracting(TaskView::id)
                .containsExactly(theirs.id(), sharedOfFirm.id());
        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> plans.task(internal.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.task.not-found[");
        assertThat(firms.as(clientUserOfA1, () -> plans.clientToDo(PageRequest.of(0, 20))))
                .extracting(TaskView::id).contains(theirs.id()).doesNotContain(internal.id(), sharedOfFirm.id());

        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> plans.changeState(sharedOfFirm.id(),
                sharedOfFirm.version(), TaskState.DONE))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.task.not-yours[");
        assertThat(firms.as(clientUserOfA1, () -> plans.changeState(theirs.id(), theirs.version(), TaskState.DONE))
                .state()).isEqualTo(TaskState.DONE);

        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> projects.get(project.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> plans.task(theirs.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.not-found[");
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> projects.ofClient(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> projects.list(ProjectFilter.all(),
                PageRequest.of(0, 10)))).as("the firm's list is staff's").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> plans.addTask(project.id(),
                NewTask.internal("Sneaky")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientContactsTaskIsSharedAndBelongsToThatClient() {
        ProjectView project = byHand("Employment contracts");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask(
                "Hidden from the one who must do it", null, null, TaskVisibility.INTERNAL, null, contactOfA1, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("visibility"));
        UUID otherClientsContact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA2,
                new ContactDetails("Sari", "sari-" + UUID.randomUUID() + "@a2.test", null, null), true).id());
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> plans.addTask(project.id(), new NewTask(
                "For someone else's contact", null, null, TaskVisibility.SHARED, null, otherClientsContact, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("assignee"));
        assertThat(firms.as(firms.staffOfA(), () -> plans.tasks(project.id()))).isEmpty();
    }

    @Test
    void eachFilterOfTheListNarrowsItOnItsOwnAndTheListIsNewestFirst() {
        UUID client = firms.as(firms.staffOfA(), () -> clients.create("PT Filter " + UUID.randomUUID().toString()
                .substring(0, 6), ClientKind.ORGANIZATION).id());
        ProjectView ended = ofClient(client, "Ended", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));
        ProjectView running = ofClient(client, "Running", START, null);
        ProjectView closed = ofClient(client, "Closed", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 7, 31));
        firms.as(firms.staffOfA(), () -> projects.changeStatus(closed.id(), closed.version(), ProjectStatus.DONE,
                null));

        assertThat(listed(new ProjectFilter(null, null, client, false))).as("newest first")
                .containsExactly(closed.id(), running.id(), ended.id());
        assertThat(listed(new ProjectFilter(null, null, client, true))).as("past its end and not done")
                .containsExactly(ended.id());
        assertThat(listed(new ProjectFilter(null, ProjectStatus.DONE, client, false))).containsExactly(closed.id());
        assertThat(listed(new ProjectFilter(firms.staffA, null, client, false))).hasSize(3);
        assertThat(listed(new ProjectFilter("nobody-" + UUID.randomUUID(), null, client, false))).isEmpty();
        assertThat(firms.as(firms.staffOfA(), () -> projects.count(new ProjectFilter(null, null, client, true))))
                .isEqualTo(1);
        assertThat(firms.as(firms.staffOfA(), () -> projects.list(ProjectFilter.all(), PageRequest.of(0, 2))))
                .extracting(ProjectSummary::id).as("the firm's newest first")
                .containsExactly(closed.id(), running.id());
        assertThat(firms.as(firms.staffOfA(), () -> projects.list(new ProjectFilter(null, null, null, true),
                PageRequest.of(0, 50)))).extracting(ProjectSummary::id).contains(ended.id())
                .doesNotContain(running.id(), closed.id());
    }

    private ProjectView ofClient(UUID client, String title, LocalDate start, LocalDate end) {
        return firms.as(firms.staffOfA(), () -> projects.create(new NewProject(client, ProjectKind.MATTER, title,
                start, end, null)));
    }

    private List<UUID> listed(ProjectFilter filter) {
        return firms.as(firms.staffOfA(), () -> projects.list(filter, PageRequest.of(0, 10))).stream()
                .map(ProjectSummary::id).toList();
    }

    @Test
    void theListFiltersByLeadStatusClientAndOverdueAndCountsMilestonesInOneGo() {
        ProjectView late = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA2,
                ProjectKind.MATTER, "Overdue matter " + UUID.randomUUID(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 6, 30), null)));
        firms.as(firms.staffOfA(), () -> plans.addMilestone(late.id(), new NewMilestone("Only step", null, false,
                null)));

        List<ProjectSummary> overdue = firms.as(firms.staffOfA(), () -> projects.list(
                new ProjectFilter(firms.staffA, null, firms.clientA2, true), PageRequest.of(0, 10)));
        assertThat(overdue).extracting(ProjectSummary::id).contains(late.id());
        assertThat(overdue).filteredOn(s -> s.id().equals(late.id())).singleElement()
                .satisfies(s -> assertThat(s.milestones()).isEqualTo(1));
        assertThat(firms.as(firms.staffOfA(), () -> projects.list(new ProjectFilter(null, ProjectStatus.DONE,
                firms.clientA2, false), PageRequest.of(0, 10)))).extracting(ProjectSummary::id)
                .doesNotContain(late.id());
        assertThat(firms.as(firms.adminOfB(), () -> projects.count(ProjectFilter.all()))).isZero();
    }
}
