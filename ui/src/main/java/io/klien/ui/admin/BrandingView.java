package io.klien.ui.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.klien.shared.DomainException;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.Notices;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.security.ActiveFirm;
import jakarta.annotation.security.RolesAllowed;

/** How the firm appears to its clients in the portal: name and colour. */
@Menu(title = "nav.branding", order = 150)
@Route(value = "admin/branding", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class BrandingView extends VerticalLayout implements HasDynamicTitle {

    public BrandingView(ActiveFirm activeFirm, Tenants tenants) {
        addClassName("klien-page");
        TenantView firm = activeFirm.firm().orElseThrow();
        TextField displayName = new TextField(getTranslation("branding.display-name"));
        displayName.setId("branding-display-name");
        displayName.setMaxLength(200);
        TextField color = new TextField(getTranslation("branding.color"));
        color.setId("branding-color");
        // no pattern on the input: the service's refusal names the colour given, at this input (FieldErrors)
        color.setHelperText(getTranslation("branding.color.help"));
        Span swatch = new Span();
        swatch.addClassName("klien-swatch");
        swatch.getStyle().set("background", firm.primaryColor());
        color.setSuffixComponent(swatch);
        color.addValueChangeListener(change -> swatch.getStyle().set("background", change.getValue()));

        BeanValidationBinder<BrandingForm> binder = Forms.validated(BrandingForm.class);
        binder.forField(displayName).bind("displayName");
        binder.forField(color).bind("primaryColor");
        binder.readBean(new BrandingForm(firm.displayName(), firm.primaryColor()));

        Button save = new Button(getTranslation("action.save"), click -> {
            BrandingForm form = new BrandingForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                tenants.rebrand(form.getDisplayName(), form.getPrimaryColor());
                color.setInvalid(false);
                Notices.success(getTranslation("branding.saved"));
            } catch (DomainException e) {
                FieldErrors.show(e, binder);
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
                    Notices.success(getTranslation("branding.logo.saved"));
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
        Notices.withId(Notices.warning(message), "branding-logo-problem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.title");
    }
}
