package io.klien.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class FirmsViewTests extends DemoFirmBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SignedInAs(DemoUser.PLATFORM_ADMIN)
    void aTakenAddressNameIsRefusedAndNoFirmIsCreated() {
        actAs(DemoUser.PLATFORM_ADMIN);
        navigate(FirmsView.class);
        String taken = OwnFirms.current().hartonoSlug();
        Long firmsBefore = jdbc.queryForObject("select count(*) from tenant", Long.class);

        test($(Button.class).id("firms-new")).click();
        test($(TextField.class).id("firm-name")).setValue("Hartono Again");
        test($(TextField.class).id("firm-slug")).setValue(taken);
        test($(EmailField.class).id("firm-admin-email")).setValue("admin@hartono-again.test");
        test($(TextField.class).id("firm-admin-name")).setValue("Ada Again");
        test($(Button.class).id("firm-save")).click();

        TextField slug = $(TextField.class).id("firm-slug");
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("The address name \"" + taken + "\" is already taken by another firm.");
        assertThat(jdbc.queryForObject("select count(*) from tenant", Long.class)).isEqualTo(firmsBefore);
    }

    @Test
    @SignedInAs(DemoUser.PLATFORM_ADMIN)
    void aBadAdminAddressIsShownAtTheAdminsAddressNotAtTheFirmsName() {
        actAs(DemoUser.PLATFORM_ADMIN);
        navigate(FirmsView.class);
        Long firmsBefore = jdbc.queryForObject("select count(*) from tenant", Long.class);

        test($(Button.class).id("firms-new")).click();
        test($(TextField.class).id("firm-name")).setValue("Sari Studio");
        test($(TextField.class).id("firm-slug")).setValue("sari-studio");
        test($(EmailField.class).id("firm-admin-email")).setValue("sari@");
        test($(TextField.class).id("firm-admin-name")).setValue("Sari Dewi");
        test($(Button.class).id("firm-save")).click();

        EmailField adminEmail = $(EmailField.class).id("firm-admin-email");
        assertThat(adminEmail.isInvalid()).isTrue();
        assertThat(adminEmail.getErrorMessage()).isEqualTo("\"sari@\" is not an email address.");
        assertThat($(TextField.class).id("firm-name").isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from tenant", Long.class)).isEqualTo(firmsBefore);
    }

    @Test
    @SignedInAs(DemoUser.PLATFORM_ADMIN)
    void theConsoleListsTheFirms() {
        actAs(DemoUser.PLATFORM_ADMIN);
        navigate(FirmsView.class);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<io.klien.tenancy.TenantView>) $(com.vaadin.flow.component.grid.Grid.class).id("firms-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
    }
}
