package io.klien.ui.clients;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.combobox.ComboBox;
import io.klien.clients.ClientChanges;
import io.klien.clients.ClientView;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientMerges;
import io.klien.clients.ClientContacts;
import io.klien.contracts.Contracts;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.shared.FirmRole;
import io.klien.tenancy.Invitations;
import io.klien.onboarding.Onboardings;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.contracts.ClientContractsTab;
import io.klien.ui.projects.ClientProjectsTab;
import io.klien.ui.testimonials.ClientTestimonialsTab;
import io.klien.ui.onboarding.ClientOnboardingTab;
import io.klien.clients.CustomFields;
import io.klien.clients.CustomValueRejected;
import io.klien.clients.CustomValueView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.PersonNames;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/**
 * One client's page: a header with name, status, representative and tenure, and tabs for the overview, contacts and
 * the activity timeline. An address from another firm shows access denied and nothing of the record.
 */
@Route(value = "clients/:" + ClientDetailView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class ClientDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "clientId";

    private final Onboardings onboardings;
    private final Invitations invitations;
    private final OnboardingTemplates onboardingTemplates;
    private final Clients clients;
    private final ClientSearch clientSearch;
    private final ClientMerges clientMerges;
    private final ClientContacts clientContacts;
    private final CustomFields customFields;
    private final Memberships memberships;
    private final Contracts contracts;
    private ClientProfile client;
    private List<CustomValueView> customValues = List.of();
    private String title = "";
    private final FirmFormats formats;

    public ClientDetailView(Clients clients, ClientSearch clientSearch, ClientMerges clientMerges,
            ClientContacts clientContacts, CustomFields customFields, Memberships memberships, Onboardings onboardings,
            OnboardingTemplates onboardingTemplates, Invitations invitations, FirmFormats formats,
            Contracts contracts) {
        this.formats = formats;
        this.contracts = contracts;
        this.invitations = invitations;
        this.onboardings = onboardings;
        this.onboardingTemplates = onboardingTemplates;
        this.clients = clients;
        this.clientSearch = clientSearch;
        this.clientMerges = clientMerges;
        this.clientContacts = clientContacts;
        this.customFields = customFields;
        this.memberships = memberships;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = RecordNotFound.load(event, PARAMETER, clients::profile).orElse(null);
        if (client != null) {
            render();
        }
    }

    private void render() {
        removeAll();
        customValues = customFields.values(client.id());
        title = client.name();
        H2 name = new H2(client.name());
        name.setId("client-detail-name");
        Span status = new Span(getTranslation("clients.status." + client.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("client-status");
        Span representative = new Span(client.representative() == null
                ? getTranslation("clients.no-representative")
                : getTranslation("clients.representative-is", PersonNames.of(client.representative())));
        representative.setId("client-representative");
        Period tenure = client.tenureOn(formats.today());
        Span tenureText = new Span(tenure == null ? ""
                : tenure.toTotalMonths() == 0 ? getTranslation("clients.tenure.new")
                : getTranslation("clients.tenure", tenure.getYears(), tenure.getMonths()));
        tenureText.addClassName("klien-muted");
        HorizontalLayout facts = new HorizontalLayout(status, representative, tenureText);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        String me = TenantContext.subject().orElse(null);
        if (me != null && !me.equals(client.representativeSubject())) {
            Button assignMe = new Button(getTranslation("clients.assign-me"), click -> {
                act(() -> clientContacts.assignRepresentative(client.id(), me), getTranslation("clients.assigned-me"));
            });
            assignMe.setId("client-assign-me");
            assignMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            facts.add(assignMe);
        }
        Button edit = new Button(getTranslation("clients.edit"), click -> openEdit());
        edit.setId("client-edit");
        Select<ClientStatus> statusSelect = new Select<>();
        statusSelect.setId("client-status-select");
        statusSelect.setAriaLabel(getTranslation("members.status"));
        statusSelect.setItems(ClientStatus.values());
        statusSelect.setItemLabelGenerator(st -> getTranslation("clients.status." + st.name()));
        statusSelect.setValue(client.status());
        statusSelect.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> clients.changeStatus(client.id(), change.getValue()),
                        getTranslation("clients.status-changed", getTranslation("clients.status." + change.getValue().name())));
            }
        });
        Button merge = new Button(getTranslation("clients.merge"), click -> openMerge());
        merge.setId("client-merge");
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        merge.setVisible(TenantContext.current().filter(scope -> scope.hasRole(FirmRole.TENANT_ADMIN)).isPresent());
        facts.add(statusSelect, edit, merge);
        Div header = new Div(name, facts);
        header.addClassName("klien-card");

        TabSheet tabs = new TabSheet();
        tabs.setId("client-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("clients.tab.overview"), new ClientOverviewTab(client, customValues));
        tabs.add(getTranslation("clients.tab.contacts"), new ClientContactsTab(client, clientContacts, invitations));
        tabs.add(getTranslation("clients.tab.timeline"), new ClientTimelineTab(client, clients, formats));
        tabs.add(getTranslation("clients.tab.onboarding"),
                new ClientOnboardingTab(client, onboardings, onboardingTemplates));
        tabs.add(getTranslation("clients.tab.contracts"), new ClientContractsTab(client.id(), contracts));
        tabs.add(getTranslation("clients.tab.projects"), new ClientProjectsTab(client.id()));
        tabs.add(getTranslation("clients.tab.testimonials"), new ClientTestimonialsTab(client.id()));
        tabs.add(getTranslation("clients.tab.health"), new io.klien.ui.health.HealthTab(client.id()));
        add(header, tabs);
    }

    private void openEdit() {
        ClientProfile editing = client;
        Dialog dialog = new Dialog(getTranslation("clients.edit"));
        TextField name = new TextField(getTranslation("clients.name"));
        name.setId("edit-name");
        name.setValue(editing.name());
        DatePicker since = new DatePicker(getTranslation("clients.relationship-start"));
        since.setValue(editing.relationshipStart());
        Checkbox exclusive = new Checkbox(getTranslation("clients.exclusive"));
        exclusive.setValue(editing.exclusive());
        TextField serviceLines = new TextField(getTranslation("clients.service-lines"));
        serviceLines.setHelperText(getTranslation("clients.comma-separated"));
        serviceLines.setValue(String.join(", ", editing.serviceLines()));
        TextField tags = new TextField(getTranslation("clients.tags"));
        tags.setId("edit-tags");
        tags.setHelperText(getTranslation("clients.comma-separated"));
        tags.setValue(String.join(", ", editing.tags()));
        TextArea preferences = new TextArea(getTranslation("clients.preferences"));
        preferences.setValue(editing.preferences() == null ? "" : editing.preferences());
        CustomValuesForm custom = new CustomValuesForm(customValues);
        Button save = new Button(getTranslation("action.save"), click -> {
            custom.clearProblems();
            try {
                client = clients.updateProfile(editing.id(), editing.version(), new ClientChanges(name.getValue(),
                        editing.kind(), since.getValue(), exclusive.getValue(), split(serviceLines.getValue()),
                        split(tags.getValue()), preferences.getValue().isBlank() ? null : preferences.getValue(),
                        custom.values()));
                dialog.close();
                render();
                success(getTranslation("clients.saved"));
            } catch (CustomValueRejected e) {
                if (!custom.show(e)) {
                    problem(e);
                }
            } catch (DomainException e) {
                problem(e);
                if ("clients.stale".equals(e.messageKey())) {
                    dialog.close();
                    client = clients.profile(editing.id());
                    render();
                }
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, since, exclusive, serviceLines, tags, preferences), custom);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static void problem(DomainException e) {
        Notices.withId(Notices.refused(e), "client-edit-problem");
    }

    /** Folds a duplicate record into this one: its contacts and history move here, then it is gone. */
    private void openMerge() {
        Dialog dialog = new Dialog(getTranslation("clients.merge"));
        ComboBox<ClientView> duplicate = new ComboBox<>(getTranslation("clients.merge.duplicate"));
        duplicate.setId("merge-duplicate");
        duplicate.setWidthFull();
        duplicate.setItemLabelGenerator(ClientView::name);
        duplicate.setItems(query -> clientSearch.search(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()
                .filter(c -> !c.id().equals(client.id())));
        Paragraph explain = new Paragraph(getTranslation("clients.merge.explain", client.name()));
        explain.addClassName("klien-muted");
        // the duplicate's portal users will see the survivor's records: the admin sees who before confirming
        Div portalUsers = new Div();
        portalUsers.setId("merge-portal-users");
        duplicate.addValueChangeListener(change -> {
            portalUsers.removeAll();
            if (change.getValue() == null) {
                return;
            }
            List<MembershipView> moving = memberships.clientUsers(List.of(change.getValue().id()))
                    .getOrDefault(change.getValue().id(), List.of());
            if (moving.isEmpty()) {
                portalUsers.add(new Paragraph(getTranslation("clients.merge.portal-users.none", client.name())));
                return;
            }
            portalUsers.add(new Paragraph(getTranslation("clients.merge.portal-users", client.name())));
            UnorderedList list = new UnorderedList();
            list.setId("merge-portal-user-list");
            moving.forEach(user -> list.add(new ListItem(user.displayName() + " (" + user.email() + ")")));
            portalUsers.add(list);
        });
        Button confirm = new Button(getTranslation("clients.merge.confirm"), click -> {
            if (duplicate.getValue() == null) {
                duplicate.setInvalid(true);
                duplicate.setErrorMessage(getTranslation("clients.merge.choose"));
                return;
            }
            String merged = duplicate.getValue().name();
            try {
                client = clientMerges.merge(client.id(), duplicate.getValue().id());
                dialog.close();
                render();
                success(getTranslation("clients.merged", merged, client.name()));
            } catch (DomainException e) {
                duplicate.setInvalid(true);
                duplicate.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(explain, duplicate, portalUsers);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static List<String> split(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Runs an action on the client and shows the result; a refusal is shown by UiErrorHandling. */
    private void act(Runnable action, String done) {
        action.run();
        client = clients.profile(client.id());
        render();
        success(done);
    }

    private void success(String text) {
        Notices.success(text);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
