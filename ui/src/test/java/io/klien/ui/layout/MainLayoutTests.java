package io.klien.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.home.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MainLayoutTests extends DemoFirmBrowserlessTest {


    @Test
    @SignedInAs(DemoUser.STAFF)
    void homeGreetsTheSignedInUserByName() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Welcome, Rudi Santoso");
        assertThat($(Paragraph.class).id("home-signed-in-as").getText())
                .isEqualTo("Signed in as rudi@hartono-law.test at Hartono & Partners");
        assertThat($(H1.class).id("view-title").getText()).isEqualTo("Home");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void headerShowsTheUsersNameAvatarAndASignOutItem() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        assertThat($(Span.class).id("user-name").getText()).isEqualTo("Rudi Santoso");
        assertThat($(Avatar.class).id("user-avatar").getName()).isEqualTo("Rudi Santoso");
        MenuBar menu = $(MenuBar.class).id("user-menu");
        assertThat(menu.getItems().getFirst().getSubMenu().getItems())
                .anySatisfy(item -> assertThat(item.getText()).isEqualTo("Sign out"));
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffSeeTheirWorkspaceButNotFirmSettingsOrThePlatform() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        assertThat(itemLabels()).containsExactly("Home", "Leads", "Clients", "Onboarding", "Contracts", "Projects",
                "Support queue");
        assertThat($(Span.class).id("active-firm").getText()).isEqualTo("Hartono & Partners");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void tenantAdminsAlsoSeeFirmSettings() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(HomeView.class);

        assertThat(itemLabels()).containsExactly("Home", "Leads", "Clients", "Onboarding", "Contracts", "Projects",
                "Support queue", "Firm settings");
    }

    @Test
    @SignedInAs(DemoUser.PLATFORM_ADMIN)
    void platformOperatorsSeeTheFirmsAndTheCaughtMailWhileTheCatcherRuns() {
        actAs(DemoUser.PLATFORM_ADMIN);
        navigate(io.klien.ui.platform.FirmsView.class);

        assertThat(itemLabels()).containsExactly("Firms", "Caught mail (dev)");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void firmSettingsHoldTheAdminPagesInTheOrderTheirMenuAnnotationsGive() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(HomeView.class);

        SideNavItem settings = $(SideNav.class).id("side-nav").getItems().getLast();
        assertThat(settings.getItems()).extracting(SideNavItem::getLabel).containsExactly(
                "Members", "Pipeline stages", "Custom fields", "Onboarding templates", "Contract templates",
                "Contract settings", "Seal keys", "Portal branding", "NPS surveys", "Audit log");
        assertThat(settings.getItems()).extracting(item -> item.getPath().replaceFirst("^/", ""))
                .allSatisfy(path -> assertThat(path).startsWith("admin/"));
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void everyNavigationItemOpensAViewThatDeclaresItsMenuEntry() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
        assertThat($(SideNav.class).id("side-nav").getItems()).allSatisfy(item -> {
            Class<? extends com.vaadin.flow.component.Component> view = routes
                    .getRoute(item.getPath().replaceFirst("^/", "")).orElseThrow();
            assertThat(view.getAnnotation(com.vaadin.flow.router.Menu.class)).as(view.getSimpleName()).isNotNull();
        });
    }

    private java.util.List<String> itemLabels() {
        return $(SideNav.class).id("side-nav").getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
