package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.audit.AuditEntryView;
import io.klien.shared.FirmRole;
import io.klien.tenancy.MembershipView;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Tenant admins' settings pages in Hartono &amp; Partners, where Lena is the only administrator. */
@SpringBootTest
class FirmSettingsViewsTests extends DemoFirmBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    io.klien.tenancy.Tenants tenants;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void membersArePagedFromTheDatabaseAndTheLastAdminCannotStepDown() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(MembersView.class);

        @SuppressWarnings("unchecked")
        Grid<MembershipView> grid = $(Grid.class).id("members-grid");
        List<MembershipView> members = test(grid).size() > 0
                ? java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList()
                : List.of();
        assertThat(members).extracting(MembershipView::email).contains("lena@hartono-law.test", "rudi@hartono-law.test");

        int lenaRow = members.indexOf(members.stream().filter(m -> m.email().equals("lena@hartono-law.test")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<FirmRole> lenasRole = (Select<FirmRole>) test(grid).getCellComponent(lenaRow, 2);
        test(lenasRole).selectItem("Staff");

        assertThat($(Notification.class).id("members-warning").getElement().getProperty("text"))
                .contains("at least one active administrator");
        assertThat(lenasRole.getValue()).as("the choice is put back").isEqualTo(FirmRole.TENANT_ADMIN);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aColourThatIsNotAColourIsRefusedWithAClearMessage() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(BrandingView.class);

        TextField color = $(TextField.class).id("branding-color");
        String saved = color.getValue();
        test(color).setValue("blue-ish");
        test($(Button.class).id("branding-save")).click();

        assertThat(color.isInvalid()).isTrue();
        assertThat(color.getErrorMessage()).isEqualTo("The colour \"blue-ish\" is not a colour like #1F4E79.");
        assertThat(tenants.find(io.klien.shared.tenant.TenantContext.requireTenantId()).orElseThrow().primaryColor())
                .as("nothing was saved").isEqualTo(saved);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anInvitationToNoAddressIsRefusedAtTheAddressAndNoOneIsInvited() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(MembersView.class);
        // in a transaction, so the firm's rows are visible through row-level security
        Long membersBefore = tx.execute(status -> jdbc.queryForObject("select count(*) from membership", Long.class));
        assertThat(membersBefore).isPositive();

        test($(Button.class).id("members-invite")).click();
        test($(com.vaadin.flow.component.textfield.EmailField.class).id("invite-email")).setValue("rudi@");
        test($(TextField.class).id("invite-name")).setValue("Rudi Kedua");
        test($(Button.class).id("invite-send")).click();

        var email = $(com.vaadin.flow.component.textfield.EmailField.class).id("invite-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("\"rudi@\" is not an email address.");
        assertThat($(TextField.class).id("invite-name").isInvalid()).isFalse();
        Long membersAfter = tx.execute(status -> jdbc.queryForObject("select count(*) from membership", Long.class));
        assertThat(membersAfter).as("no one was invited").isEqualTo(membersBefore);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aBlankNameIsRefusedAtTheInputBeforeTheServiceIsAsked() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(BrandingView.class);

        TextField name = $(TextField.class).id("branding-display-name");
        String saved = name.getValue();
        test(name).setValue("   ");
        test($(Button.class).id("branding-save")).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(tenants.find(io.klien.shared.tenant.TenantContext.requireTenantId()).orElseThrow().displayName())
                .as("nothing was saved").isEqualTo(saved);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theAuditLogListsTheFirmsChangesAndVerifiesIntact() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntryView> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).action()))
                .contains("membership.added");
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 2)))
                .as("actions read as words").contains("Member added").noneMatch(text -> text.contains("membership."));

        test($(Button.class).id("audit-verify")).click();

        assertThat($(Notification.class).id("audit-verify-result").getElement().getProperty("text"))
                .startsWith("The log is intact:");
    }
}
