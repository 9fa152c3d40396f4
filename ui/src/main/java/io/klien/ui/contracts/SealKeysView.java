package io.klien.ui.contracts;

import java.util.List;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.SealKeyView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tenant admins see the keys Klien seals the firm's signed contracts with, and rotate the active one (for instance
 * when someone who could read the configuration leaves). Seals made with a retired key keep verifying.
 */
@Menu(title = "nav.seal-keys", order = 147)
@Route(value = "admin/seal-keys", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class SealKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient ContractSeals seals;
    private final FirmFormats formats;
    private final Grid<SealKeyView> grid = new Grid<>();

    public SealKeysView(ContractSeals seals, FirmFormats formats) {
        this.seals = seals;
        this.formats = formats;
        addClassName("klien-page");
        Paragraph intro = new Paragraph(getTranslation("seal-keys.intro"));
        intro.addClassName("klien-muted");
        Button rotate = new Button(getTranslation("seal-keys.rotate"), VaadinIcon.REFRESH.create(),
                click -> confirmRotation());
        rotate.setId("seal-keys-rotate");
        grid.setId("seal-keys-grid");
        grid.addComponentColumn(this::state).setHeader(getTranslation("seal-keys.state")).setAutoWidth(true);
        grid.addColumn(SealKeyView::subject).setHeader(getTranslation("seal-keys.subject")).setFlexGrow(2);
        grid.addColumn(k -> fingerprint(k.certificateSha256())).setHeader(getTranslation("seal-keys.fingerprint"))
                .setFlexGrow(3);
        grid.addColumn(SealKeyView::algorithm).setHeader(getTranslation("seal-keys.algorithm")).setAutoWidth(true);
        grid.addColumn(k -> formats.dateTime(k.createdAt())).setHeader(getTranslation("seal-keys.created"))
                .setAutoWidth(true);
        grid.addColumn(k -> formats.dateTime(k.retiredAt())).setHeader(getTranslation("seal-keys.retired"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("seal-keys.empty"));
        refresh();
        add(intro, rotate, grid);
    }

    private Span state(SealKeyView key) {
        Badge badge = new Badge(getTranslation(key.active() ? "seal-keys.active" : "seal-keys.retired-state"));
        badge.addThemeVariants(key.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        return new Span(badge);
    }

    private void confirmRotation() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("seal-keys.rotate.title"),
                getTranslation("seal-keys.rotate.text"), getTranslation("seal-keys.rotate.confirm"), event -> rotate());
        confirm.setId("seal-keys-rotate-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    void rotate() {
        SealKeyView made = seals.rotateKey();
        refresh();
        Notices.success(getTranslation("seal-keys.rotated", fingerprint(made.certificateSha256()).substring(0, 11)));
    }

    private void refresh() {
        List<SealKeyView> keys = seals.keys();
        grid.setItems(keys);
    }

    /** The certificate's SHA-256 in colon-separated pairs, as certificate viewers print it. */
    static String fingerprint(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, Math.min(i + 2, hex.length()));
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seal-keys.title");
    }
}
