package io.klien.ui.contracts;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.klien.clients.Clients;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractAmendments;
import io.klien.contracts.ContractRenewals;
import io.klien.contracts.TermName;
import io.klien.shared.PeopleDirectory;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SigningOrder;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.projects.ProjectPage;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One contract: who it is with and where it stands, its terms, the document as signatories will read it (the
 * service's sanitized HTML only), its signatories, and what can be done next in its status.
 */
@Route(value = "contracts/:" + ContractPage.PARAMETER, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ContractPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "contractId";

    private final Contracts contracts;
    private final ContractSigning signing;
    private final ContractAmendments amendments;
    private final ContractRenewals renewals;
    private final PeopleDirectory people;
    private final Clients clients;
    private final FirmFormats formats;
    private final Projects projects;
    private @Nullable ContractView contract;

    public ContractPage(Contracts contracts, ContractSigning signing, ContractAmendments amendments,
            ContractRenewals renewals, PeopleDirectory people, Clients clients, FirmFormats formats,
            Projects projects) {
        this.contracts = contracts;
        this.projects = projects;
        this.signing = signing;
        this.amendments = amendments;
        this.renewals = renewals;
        this.people = people;
        this.clients = clients;
        this.formats = formats;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contract = RecordNotFound.load(event, PARAMETER, contracts::get).orElse(null);
        if (contract != null) {
            render(contract);
        }
    }

    private void render(ContractView c) {
        removeAll();
        H2 title = new H2(c.title());
        title.setId("contract-title-heading");
        Anchor client = new Anchor("clients/" + c.clientId(), clients.names(java.util.List.of(c.clientId()))
                .getOrDefault(c.clientId(), ""));
        client.setId("contract-client");
        Span status = ContractsView.badge(c.status(), getTranslation("contracts.status." + c.status().name()));
        status.setId("contract-status");
        Span revision = new Span(getTranslation("contracts.revision", c.revision()));
        revision.setId("contract-revision");
        revision.addClassName("klien-muted");
        HorizontalLayout facts = new HorizontalLayout(client, status, revision);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        Div header = new Div(title, facts, actions(c));
        header.addClassName("klien-card");
        if (c.rejectionReason() != null && c.status() == ContractStatus.DRAFT) {
            Paragraph rejected = new Paragraph(getTranslation("contracts.rejected-because", c.rejectionReason()));
            rejected.setId("contract-rejection");
            rejected.addClassName("klien-warning-text");
            header.add(rejected);
        }
        if (c.voidReason() != null) {
            header.add(muted(getTranslation("contracts.voided-because", c.voidReason()), "contract-void-reason"));
        }
        if (c.terminationEffective() != null) {
            header.add(muted(getTranslation("contracts.terminated-because", formats.date(c.terminationEffective()),
                    c.terminationReason()), "contract-termination"));
        }

        Div terms = new ContractTermsSummary(c.terms(), formats);
        terms.addClassName("klien-card");

        // only the service's sanitized HTML goes into the page, never the body as typed
        Div preview = new Div(new H3(getTranslation("contracts.preview")),
                new Html("<div class=\"klien-contract-preview\">" + contracts.preview(c.id()) + "</div>"));
        preview.setId("contract-preview");
        preview.addClassName("klien-card");

        OrderedList signatories = new OrderedList();
        signatories.setId("contract-signatories");
        for (SignatoryView s : c.signatories()) {
            String when = s.signedAt() == null ? "" : " · " + formats.dateTime(s.signedAt());
            ListItem item = new ListItem(s.name() + " · " + getTranslation("contracts.side." + s.side().name())
                    + " · " + getTranslation("contracts.signatory-status." + s.status().name()) + when);
            signatories.add(item);
        }
        Div signing = new Div(new H3(getTranslation("contracts.section.signing")), new Paragraph(
                getTranslation("contracts.signing-order." + c.signingOrder().name()) + " · "
                        + getTranslation("contracts.expires-on.is", formats.date(c.expiresOn()))), signatories);
        signing.addClassName("klien-card");
        Set<TermName> amends = amendments.changedBy(c.id());
        if (!amends.isEmpty()) {
            header.add(muted(getTranslation("contracts.amendment-of", amends.stream().sorted()
                    .map(t -> getTranslation("contracts.term-name." + t.name())).collect(Collectors.joining(", "))),
                    "contract-amends"));
        }
        add(header, terms);
        if (amends.isEmpty() && (c.status().inForce() || c.status() == ContractStatus.TERMINATED
                || c.status() == ContractStatus.EXPIRED)) {
            add(new AmendmentHistory(amendments.history(c.id()), formats, people));
        }
        add(signing, preview);
    }

    private HorizontalLayout actions(ContractView c) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("contract-actions");
        boolean admin = TenantContext.current().filter(scope -> scope.hasRole(FirmRole.TENANT_ADMIN)).isPresent();
        if (c.status() == ContractStatus.DRAFT || c.status().outForSignature()) {
            bar.add(button("contract-edit", "contracts.action.edit", false, () -> getUI().ifPresent(ui ->
                    ui.navigate(ContractDraftView.class, new RouteParameters(ContractDraftView.CONTRACT,
                            c.id().toString())))));
        }
        if (c.status() == ContractStatus.DRAFT) {
            if (c.approvedBy() == null && contracts.needsApproval(c.terms())) {
                bar.add(button("contract-request-approval", "contracts.action.request-approval", true,
                        () -> act(() -> contracts.requestApproval(c.id()), "contracts.approval-requested")));
            } else {
                bar.add(button("contract-send", "contracts.action.send", true,
                        () -> act(() -> contracts.send(c.id()), "contracts.sent")));
            }
        }
        if (c.status() == ContractStatus.AWAITING_APPROVAL && admin) {
            bar.add(button("contract-approve", "contracts.action.approve", true,
                    () -> act(() -> contracts.approve(c.id()), "contracts.approved")));
            bar.add(button("contract-reject", "contracts.action.reject", false, () -> reasonDialog(
                    "contracts.action.reject", reason -> contracts.reject(c.id(), reason), "contracts.rejected")));
        }
        if (c.status() == ContractStatus.DRAFT || c.status() == ContractStatus.AWAITING_APPROVAL
                || c.status().outForSignature()) {
            bar.add(button("contract-void", "contracts.action.void", false, () -> reasonDialog(
                    "contracts.action.void", reason -> contracts.voidContract(c.id(), reason), "contracts.voided")));
        }
        if (myTurnToSign(c)) {
            bar.add(button("contract-sign", "contracts.action.sign", true, () -> getUI().ifPresent(ui ->
                    ui.navigate(ContractSigningView.class, new RouteParameters(ContractSigningView.PARAMETER,
                            c.id().toString())))));
        }
        if ((c.status().inForce() || c.status() == ContractStatus.TERMINATED || c.status() == ContractStatus.EXPIRED)
                && signing.sealed(c.id())) {
            bar.add(SigningCeremonyPanel.signedPdf(signing, c.id(), getTranslation("contracts.action.download-signed"),
                    "contract-download"));
        }
        boolean original = amendments.changedBy(c.id()).isEmpty();
        if (c.status().inForce() && original) {
            bar.add(button("contract-amend", "contracts.amend.action", false, () -> getUI().ifPresent(ui ->
                    ui.navigate(ContractAmendView.class, new RouteParameters(PARAMETER, c.id().toString())))));
        }
        if ((c.status().inForce() || c.status() == ContractStatus.EXPIRED) && original) {
            bar.add(button("contract-renew", "contracts.action.renew", false, () -> draftRenewal(c)));
        }
        if (c.status().inForce()) {
            bar.add(button("contract-terminate", "contracts.action.terminate", false, () -> terminateDialog(c)));
        }
        if (c.status().inForce() || c.status() == ContractStatus.TERMINATED || c.status() == ContractStatus.EXPIRED) {
            projects.ofContract(c.id()).ifPresentOrElse(project -> {
                RouterLink open = new RouterLink(getTranslation("projects.ui.contract.open-project"),
                        ProjectPage.class, new RouteParameters(ProjectPage.PARAMETER, project.toString()));
                open.setId("contract-project");
                bar.add(open);
            }, () -> {
                if (c.status().inForce()) {
                    bar.add(button("contract-create-project", "projects.ui.contract.create-project", false,
                            () -> createProject(c)));
                }
            });
        }
        return bar;
    }

    /** Drafts the next period from the current terms and opens the draft. */
    private void draftRenewal(ContractView c) {
        try {
            ContractView renewal = renewals.draftRenewal(c.id());
            Notices.success(getTranslation("contracts.renewal-drafted", renewal.title()));
            getUI().ifPresent(ui -> ui.navigate(ContractPage.class, new RouteParameters(PARAMETER,
                    renewal.id().toString())));
        } catch (DomainException e) {
            Notices.withId(Notices.refused(e), "contract-action-refused");
        }
    }

    /** Makes the project of the signed contract (its scope the milestones, its quota the budget) and opens it. */
    private void createProject(ContractView c) {
        try {
            ProjectView project = projects.createFromContract(c.id());
            Notices.success(getTranslation("projects.ui.created", project.title()));
            getUI().ifPresent(ui -> ui.navigate(ProjectPage.class, new RouteParameters(ProjectPage.PARAMETER,
                    project.id().toString())));
        } catch (DomainException e) {
            Notices.withId(Notices.refused(e), "contract-action-refused");
        }
    }

    /** The member signed in signs this contract for the firm, has not yet, and may now (in turn, before the deadline). */
    private boolean myTurnToSign(ContractView c) {
        SignatoryView me = ContractSigningView.firmSignatory(c).orElse(null);
        if (me == null || me.status() != SignatoryStatus.PENDING || !c.status().outForSignature()
                || c.expiresOn().isBefore(formats.today())) {
            return false;
        }
        return c.signingOrder() != SigningOrder.SEQUENTIAL || c.signatories().stream()
                .noneMatch(s -> s.position() < me.position() && s.status() != SignatoryStatus.SIGNED);
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Runs the action, shows its result, and redraws; a refusal redraws the contract as it now is and says why. */
    private void act(Supplier<ContractView> action, String doneKey) {
        ContractView before = contract;
        try {
            contract = action.get();
        } catch (DomainException e) {
            if (before != null && e.field().filter(f -> f.equals("reason") || f.equals("effective")).isEmpty()) {
                contract = contracts.get(before.id());
                render(contract);
                Notices.withId(Notices.refused(e), "contract-action-refused");
                return;
            }
            throw e;
        }
        render(contract);
        Notices.success(getTranslation(doneKey, contract.title()));
    }

    private void reasonDialog(String titleKey, java.util.function.Function<String, ContractView> action,
            String doneKey) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("contracts.reason"));
        reason.setId("contract-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation(titleKey), click -> {
            try {
                act(() -> action.apply(reason.getValue()), doneKey);
                dialog.close();
            } catch (DomainException e) {
                FieldErrors.show(e, Map.of("reason", reason));
            }
        });
        confirm.setId("contract-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void terminateDialog(ContractView c) {
        Dialog dialog = new Dialog(getTranslation("contracts.action.terminate"));
        TextArea reason = new TextArea(getTranslation("contracts.reason"));
        reason.setId("contract-reason");
        reason.setWidthFull();
        DatePicker effective = new DatePicker(getTranslation("contracts.terminate.effective"));
        effective.setId("contract-terminate-effective");
        effective.setValue(formats.today().plusDays(c.terms().termination().noticeDays()));
        Paragraph fee = new Paragraph(c.terms().termination().fee() == null
                ? getTranslation("contracts.terminate.no-fee")
                : getTranslation("contracts.terminate.fee", formats.money(c.terms().termination().fee().amount(),
                        c.terms().termination().fee().currency())));
        fee.setId("contract-terminate-fee");
        Paragraph notice = new Paragraph(getTranslation("contracts.terminate.notice",
                c.terms().termination().noticeDays()));
        notice.addClassName("klien-muted");
        Button confirm = new Button(getTranslation("contracts.action.terminate"), click -> {
            try {
                act(() -> contracts.terminate(c.id(), reason.getValue(), effective.getValue()), "contracts.terminated");
                dialog.close();
            } catch (DomainException e) {
                FieldErrors.show(e, Map.of("reason", reason, "effective", effective));
            }
        });
        confirm.setId("contract-terminate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(fee, notice, effective, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static Paragraph muted(String text, String id) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("klien-muted");
        return p;
    }


    @Override
    public String getPageTitle() {
        return contract == null ? "" : contract.title();
    }
}
