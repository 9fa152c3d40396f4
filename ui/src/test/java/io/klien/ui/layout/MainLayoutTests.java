package io.klien.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import com.vaadin.flow.component.button.Button;
import io.klien.tenancy.MemberPhotos;
import io.klien.ui.PersonAvatars;
import io.klien.ui.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MainLayoutTests extends DemoFirmBrowserlessTest {

    @Autowired MemberPhotos photos;

    private static byte[] jpeg() {
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }


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
    void aColleaguesPhotoIsTheirAvatarUntilTheyRemoveItInMyPhoto() {
        actAs(DemoUser.STAFF);
        photos.replaceMine(jpeg());
        navigate(HomeView.class);

        Avatar avatar = $(Avatar.class).id("user-avatar");
        assertThat(avatar.getElement().getAttribute("img")).as("the photo").isNotBlank();
        MenuBar menu = $(MenuBar.class).id("user-menu");
        assertThat(menu.getItems().getFirst().getSubMenu().getItems())
                .anySatisfy(item -> assertThat(item.getText()).isEqualTo("My photo"));

        SignedInUser rudi = new SignedInUser(DemoUser.STAFF.subject(), "Rudi Santoso", null, java.util.Set.of(), java.util.Set.of());
        MyPhotoDialog dialog = new MyPhotoDialog(photos, rudi, photo -> PersonAvatars.show(avatar, photo));
        dialog.open();
        test($(Button.class).id("my-photo-remove")).click();

        assertThat(photos.ofStaff(List.of(DemoUser.STAFF.subject()))).isEmpty();
        assertThat(avatar.getElement().getAttribute("img")).as("initials again").isNull();
        assertThat($(Button.class).id("my-photo-remove").isEnabled()).isFalse();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffSeeTheirWorkspaceButNotFirmSettingsOrThePlatform() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        assertThat(itemLabels()).containsExactly("Home", "Leads", "Clients", "Onboarding", "Contracts", "Projects",
                "Support queue", "Testimonials");
        assertThat($(Span.class).id("active-firm").getText()).isEqualTo("Hartono & Partners");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void tenantAdminsAlsoSeeFirmSettings() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(HomeView.class);

        assertThat(itemLabels()).containsExactly("Home", "Leads", "Clients", "Onboarding", "Contracts", "Projects",
                "Support queue", "Testimonials", "Firm settings");
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
                "Contract settings", "Seal keys", "Testimonial asks", "Portal branding", "NPS surveys", "Audit log");
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
