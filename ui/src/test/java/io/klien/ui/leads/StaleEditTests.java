package io.klien.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientChanges;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.ClientMerges;
import io.klien.clients.ClientContacts;
import io.klien.clients.NewClient;
import io.klien.shared.FirmRole;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two staff edit the same client: the second save is refused with a clear message and no update is lost. Merging a
 * duplicate is the admin's, who sees first which portal users move.
 */
@SpringBootTest
class StaleEditTests extends DemoFirmBrowserlessTest {

    @Autowired
    Clients clients;

    @Autowired
    ClientMerges clientMerges;

    @Autowired
    ClientContacts clientContacts;

    @Autowired
    io.klien.leads.Leads leads;

    @Autowired
    Memberships memberships;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theSecondOfTwoEditsIsRefusedAndTheFirstIsKept() {
        actAs(DemoUser.STAFF);
        ClientProfile client = clients.create(new NewClient("Harapan " + UUID.randomUUID().toString().substring(0, 6),
                ClientKind.ORGANIZATION, null, null, true));
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, client.id().toString()));
        test($(Button.class).id("client-edit")).click();
        test($(TextField.class).id("edit-tags")).setValue("mine");

        // a colleague saves first
        clients.updateProfile(client.id(), client.version(), new ClientChanges(client.name(), client.kind(), null,
                false, List.of(), List.of("colleague"), null));
        test($(Button.class).id("edit-save")).click();

        assertThat($(Notification.class).id("client-edit-problem").getElement().getProperty("text"))
                .isEqualTo("Someone else saved this record in the meantime. Reload it and make your change again.");
        assertThat(clients.profile(client.id()).tags()).containsExactly("colleague");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aDuplicateIsMergedWithItsContactsIntoTheRecordBeingViewedAfterTheAdminSawWhichPortalUsersMove() {
        actAs(DemoUser.TENANT_ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ClientProfile keep = clients.create(new NewClient("Keep " + suffix, ClientKind.ORGANIZATION, null, null, true));
        ClientProfile duplicate = clients.create(new NewClient("Dup " + suffix, ClientKind.ORGANIZATION,
                new io.klien.clients.ContactDetails("Wati", "wati-" + suffix + "@dup.test", null, null), null, true));
        String portalUser = "portal-" + suffix;
        memberships.add(new NewMember(portalUser, "wati-" + suffix + "@dup.test", "Wati Portal", FirmRole.CLIENT,
                duplicate.id(), MembershipStatus.ACTIVE));
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, keep.id().toString()));

        test($(Button.class).id("client-merge")).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<io.klien.clients.ClientView> pick =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("merge-duplicate");
        test(pick).selectItem("Dup " + suffix);

        assertThat($(Div.class).id("merge-portal-users").getElement().getTextRecursively())
                .contains("These portal users will belong to Keep " + suffix + " after the merge:");
        assertThat($(UnorderedList.class).id("merge-portal-user-list").getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Wati Portal (wati-" + suffix + "@dup.test)");
        test($(Button.class).id("merge-confirm")).click();

        assertThat(clientContacts.contacts(keep.id())).extracting(io.klien.clients.ContactView::name).contains("Wati");
        assertThat(clients.find(duplicate.id())).isEmpty();
        assertThat(memberships.clientUsers(List.of(keep.id())).get(keep.id())).extracting(MembershipView::subject)
                .containsExactly(portalUser);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffAreNotOfferedTheMergeAndTheServiceRefusesThemWithAReason() {
        actAs(DemoUser.STAFF);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ClientProfile keep = clients.create(new NewClient("Keep " + suffix, ClientKind.ORGANIZATION, null, null, true));
        ClientProfile duplicate = clients.create(new NewClient("Dup " + suffix, ClientKind.ORGANIZATION, null, null,
                true));
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, keep.id().toString()));

        assertThat($(Button.class).withId("client-merge").exists()).as("no merge button for staff").isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clientMerges.merge(keep.id(), duplicate.id()))
                .isInstanceOfSatisfying(io.klien.shared.DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.merge.admin-only"));
        assertThat(clients.find(duplicate.id())).isPresent();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aLeadEditedByTwoPeopleKeepsTheFirstSaveAndExplainsTheSecond() {
        actAs(DemoUser.STAFF);
        String name = "Edited Twice " + UUID.randomUUID().toString().substring(0, 6);
        io.klien.leads.LeadView lead = leads.create(new io.klien.leads.LeadDetails(name, ClientKind.ORGANIZATION, null,
                null, null, io.klien.leads.LeadSource.REFERRAL, null, null, null, null, null, null), true);
        navigate(LeadDetailView.class, Map.of(LeadDetailView.PARAMETER, lead.id().toString()));
        test($(Button.class).id("lead-edit")).click();
        test($(TextField.class).id("lead-name")).setValue(name + " (mine)");

        leads.update(lead.id(), lead.version(), new io.klien.leads.LeadDetails(name + " (colleague)", ClientKind.ORGANIZATION,
                null, null, null, io.klien.leads.LeadSource.REFERRAL, null, null, null, lead.ownerSubject(), null,
                lead.firstContactDate()));
        test($(Button.class).id("lead-save")).click();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("lead-stale").getText())
                .isEqualTo("Someone else saved this lead in the meantime. Reload it and make your change again.");
        assertThat(leads.get(lead.id()).name()).isEqualTo(name + " (colleague)");
    }
}
