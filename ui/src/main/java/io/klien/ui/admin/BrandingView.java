package io.klien.ui.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import io.klien.shared.DomainException;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.security.ActiveFirm;
import jakarta.annotation.security.RolesAllowed;

/** How the firm appears to its clients in the portal: name and colour. */
@Route(value = "admin/branding", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class BrandingView extends VerticalLayout implements HasDynamicTitle {

    public BrandingView(ActiveFirm activeFirm, Tenants tenants) {
        addClassName("klien-page");
        TenantView firm = activeFirm.firm().orElseThrow();
        TextField displayName = new TextField(getTranslation("branding.display-name"));
        displayName.setId("branding-display-name");
        displayName.setValue(firm.displayName());
        displayName.setMaxLength(200);
        displayName.setRequired(true);
        TextField color = new TextField(getTranslation("branding.color"));
        color.setId("branding-color");
        color.setValue(firm.primaryColor());
        color.setPattern("#[0-9a-fA-F]{6}");
        color.setHelperText(getTranslation("branding.color.help"));
        Span swatch = new Span();
        swatch.addClassName("klien-swatch");
        swatch.getStyle().set("background", firm.primaryColor());
        color.setSuffixComponent(swatch);
        color.addValueChangeListener(change -> swatch.getStyle().set("background", change.getValue()));

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                tenants.rebrand(displayName.getValue(), color.getValue());
                color.setInvalid(false);
                Notification.show(getTranslation("branding.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException e) {
                TextField field = e.messageKey().contains("color") ? color : displayName;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.setId("branding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Div card = new Div(new FormLayout(displayName, color), save);
        card.addClassName("klien-card");

        Div preview = new Div();
        preview.setId("branding-logo-preview");
        preview.addClassName("klien-logo-preview");
        tenants.logo().ifPresent(logo -> preview.add(new Image(logo.content(), getTranslation("branding.logo"))));
        Upload upload = new Upload(BoundedUpload.inMemory(FirmLogo.MAX_BYTES, (metadata, bytes) -> {
            // runs in the upload request, where the firm is bound; the UI is updated under its lock
            String problem = null;
            try {
                tenants.replaceLogo(bytes);
            } catch (DomainException e) {
                problem = getTranslation(e.messageKey(), e.arguments());
            }
            String failure = problem;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (failure == null) {
                    preview.removeAll();
                    preview.add(new Image(bytes, getTranslation("branding.logo")));
                    Notification.show(getTranslation("branding.logo.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    logoProblem(failure);
                }
            }));
        }, refused -> getUI().ifPresent(ui -> ui.access(() -> logoProblem(refused))),
                "tenancy.logo.size", FirmLogo.MAX_BYTES / 1024));
        upload.setId("branding-logo-upload");
        upload.setAcceptedMimeTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FirmLogo.MAX_BYTES);
        upload.addFileRejectedListener(rejected -> logoProblem(getTranslation("tenancy.logo.size",
                FirmLogo.MAX_BYTES / 1024)));
        Div logoCard = new Div(new H3(getTranslation("branding.logo")), preview,
                UploadTexts.withHint(upload, getTranslation("branding.logo.drop-hint", FirmLogo.MAX_BYTES / 1024)));
        logoCard.addClassName("klien-card");
        add(card, logoCard);
    }

    private static void logoProblem(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        n.setId("branding-logo-problem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.title");
    }
}
