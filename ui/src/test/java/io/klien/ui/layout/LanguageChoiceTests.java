package io.klien.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.klien.identity.SignIn;
import io.klien.identity.UserAccounts;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.home.HomeView;
import io.klien.ui.portal.PortalHomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The language choice in the user menu: switches at once and is remembered on the person's account. */
@SpringBootTest
class LanguageChoiceTests extends DemoFirmBrowserlessTest {


    @Autowired UserAccounts accounts;

    @AfterEach
    void backToEnglish() {
        accounts.choosePreferredLocale(DemoUser.STAFF.subject(), "en");
        accounts.choosePreferredLocale(DemoUser.CLIENT.subject(), "en");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void choosingBahasaIndonesiaSwitchesTheWorkspaceAtOnceAndTheNextSessionStartsInIt() {
        accounts.recordSignIn(new SignIn(DemoUser.STAFF.subject(), "rudi@hartono-law.test", "Rudi Santoso"));
        accounts.choosePreferredLocale(DemoUser.STAFF.subject(), "en");
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);
        assertThat(navLabels()).startsWith("Home", "Leads");
        assertThat(languageItem("language-en").isChecked()).isTrue();

        chooseLanguage("language-id");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("id");
        assertThat(navLabels()).containsExactly("Beranda", "Prospek", "Klien", "Orientasi klien", "Kontrak", "Proyek",
                "Antrean dukungan", "Testimoni");
        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Selamat datang, Rudi Santoso");
        assertThat(languageItem("language-id").isChecked()).isTrue();
        assertThat(accounts.preferredLocale(DemoUser.STAFF.subject())).contains("id");

        // a new session and UI (next sign-in, another device); the firm stays bound as the request filter binds it
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(HomeView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("id");
        assertThat(navLabels()).containsExactly("Beranda", "Prospek", "Klien", "Orientasi klien", "Kontrak", "Proyek",
                "Antrean dukungan", "Testimoni");
    }

    @Test
    @SignedInAs(DemoUser.CLIENT)
    void clientsChooseTheirLanguageInThePortalToo() {
        accounts.recordSignIn(new SignIn(DemoUser.CLIENT.subject(), "budi@maju-jaya.test", "Budi Setiawan"));
        actAs(DemoUser.CLIENT);
        navigate(PortalHomeView.class);
        assertThat(languageItem("language-id").isChecked()).isFalse();

        chooseLanguage("language-id");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("id");
        assertThat(subMenuTexts()).contains("Bahasa", "Keluar");
        assertThat(accounts.preferredLocale(DemoUser.CLIENT.subject())).contains("id");
    }

    private void chooseLanguage(String id) {
        List<MenuItem> items = $(MenuBar.class).id("user-menu").getItems().getFirst().getSubMenu().getItems();
        MenuItem language = items.stream().filter(i -> i.getId().orElse("").equals("language")).findFirst().orElseThrow();
        int choice = language.getSubMenu().getItems().indexOf(languageItem(id));
        new MenuBarTester<>($(MenuBar.class).id("user-menu")).clickItem(0, items.indexOf(language), choice);
    }

    private MenuItem languageItem(String id) {
        return $(MenuBar.class).id("user-menu").getItems().getFirst().getSubMenu().getItems().stream()
                .filter(i -> i.getId().orElse("").equals("language")).findFirst().orElseThrow()
                .getSubMenu().getItems().stream().filter(i -> i.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private List<String> subMenuTexts() {
        return $(MenuBar.class).id("user-menu").getItems().getFirst().getSubMenu().getItems().stream()
                .map(MenuItem::getText).toList();
    }

    private List<String> navLabels() {
        return $(SideNav.class).id("side-nav").getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
