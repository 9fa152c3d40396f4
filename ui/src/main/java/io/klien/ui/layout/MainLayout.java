package io.klien.ui.layout;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.klien.shared.FirmRole;
import io.klien.tenancy.TenantView;
import io.klien.ui.search.SearchView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.klien.ui.firms.FirmPickerView;
import io.klien.ui.security.ActiveFirm;
import io.klien.ui.notifications.NotificationBell;
import io.klien.ui.security.CurrentUser;
import io.klien.ui.security.SignedInUser;
import io.klien.ui.security.UserLanguage;
import jakarta.annotation.security.PermitAll;
import io.klien.tenancy.MemberPhotos;
import io.klien.ui.PersonAvatars;

/**
 * The staff workspace frame: side navigation, the current view's title, and the user menu with sign-out. It also
 * frames the development pages under dev/ that ./klien run and the tests add (the caught mail); the deployable jar has
 * none.
 */
@PermitAll
@Layout("/" + MainLayout.DEV_PAGES)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String SETTINGS_PATH = "admin/";
    /** Where development pages live (the caught mail), which only ./klien run and the tests have. */
    public static final String DEV_PAGES = "dev";

    private final H1 viewTitle = new H1();

    private final ActiveFirm activeFirm;
    private final MemberPhotos photos;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
            ActiveFirm activeFirm, NotificationBell bell,
            UserLanguage language, MemberPhotos photos) {
        this.activeFirm = activeFirm;
        this.photos = photos;
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.addClassName("klien-view-title");
        viewTitle.setId("view-title");
        String firm = activeFirm.firm().map(TenantView::displayName).orElse("");
        Span firmName = new Span(firm);
        firmName.getElement().setAttribute("title", firm);
        firmName.setId("active-firm");
        firmName.addClassName("klien-firm-name");
        Div header = new Div(viewTitle);
        if (activeFirm.role().filter(r -> r == FirmRole.TENANT_ADMIN || r == FirmRole.STAFF).isPresent()) {
            header.add(searchField());
        }
        header.add(firmName, bell, userMenu(user, authentication, language));
        header.addClassName("klien-header");
        addToNavbar(toggle, header);

        Div brand = new Div(new Image("assets/klien.svg", ""), new Span("Klien"));
        brand.addClassNames("klien-brand", "klien-drawer-brand");
        addToDrawer(brand, new Scroller(navigation()));
    }

    /**
     * The side navigation, from the views' {@code @Menu} (title: a translation key). {@link MenuConfiguration} leaves
     * out what the signed-in role may not open; firm settings ({@code admin/...}) are grouped. Views open to everyone
     * signed in (home) belong to the firm workspace, so they show to people working in a firm; the caught mail shows
     * where the local module adds it.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.setLabel(getTranslation("layout.navigation"));
        boolean worksInFirm = activeFirm.role().filter(r -> r == FirmRole.TENANT_ADMIN || r == FirmRole.STAFF).isPresent();
        SideNavItem settings = null;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            boolean forEveryone = entry.menuClass() != null && entry.menuClass().isAnnotationPresent(PermitAll.class);
            if (forEveryone && !worksInFirm) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (path.startsWith(SETTINGS_PATH)) {
                if (settings == null) {
                    settings = new SideNavItem(getTranslation("nav.settings"));
                    settings.setPrefixComponent(VaadinIcon.COG.create());
                    settings.setExpanded(true);
                    nav.addItem(settings);
                }
                settings.addItem(item);
                continue;
            }
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** Search everywhere: Enter opens the results; Ctrl+K (or ⌘K) jumps here from anywhere. */
    private TextField searchField() {
        TextField search = new TextField();
        search.setId("global-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addClassName("klien-global-search");
        search.addKeyPressListener(Key.ENTER, press -> {
            String text = search.getValue().strip();
            if (!text.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", text)));
            }
        });
        Shortcuts.addShortcutListener(this, () -> search.focus(), Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, () -> search.focus(), Key.KEY_K, KeyModifier.META);
        return search;
    }

    private MenuBar userMenu(SignedInUser user, AuthenticationContext authentication, UserLanguage language) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("klien-user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        boolean staff = activeFirm.role().filter(r -> r == FirmRole.TENANT_ADMIN || r == FirmRole.STAFF).isPresent();
        Avatar avatar = PersonAvatars.of(user.displayName(),
                staff ? photos.ofStaff(List.of(user.subject())).get(user.subject()) : null);
        avatar.setId("user-avatar");
        Span name = new Span(user.displayName());
        name.setId("user-name");
        Div trigger = new Div(avatar, name);
        trigger.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        MenuItem item = menu.addItem(trigger);
        item.setAriaLabel(getTranslation("layout.user-menu", user.displayName()));
        if (user.email() != null) {
            Span email = new Span(user.email());
            email.addClassName("klien-muted");
            item.getSubMenu().addItem(email).setEnabled(false);
        }
        if (staff) {
            item.getSubMenu().addItem(getTranslation("layout.photo.menu"),
                    click -> new MyPhotoDialog(photos, user, photo -> PersonAvatars.show(avatar, photo)).open())
                    .setId("my-photo");
        }
        if (activeFirm.choices().size() > 1) {
            item.getSubMenu().addItem(getTranslation("layout.switch-firm"),
                    click -> getUI().ifPresent(ui -> ui.navigate(FirmPickerView.class))).setId("switch-firm");
        }
        language.addTo(item.getSubMenu());
        MenuItem signOut = item.getSubMenu().addItem(getTranslation("layout.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(currentTitle());
    }

    private String currentTitle() {
        if (getContent() instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        PageTitle title = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
        return title == null ? "" : getTranslation(title.value());
    }
}
