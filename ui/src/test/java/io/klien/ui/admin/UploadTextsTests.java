package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.klien.tenancy.FirmLogo;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Upload widgets speak the user's language and say which files they take, also where files cannot be dropped. */
@SpringBootTest
class UploadTextsTests extends DemoFirmBrowserlessTest {

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void inBahasaIndonesiaTheUploadAndItsHintAreIndonesian() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.of("id"));
        navigate(BrandingView.class);

        UploadI18N i18n = $(Upload.class).id("branding-logo-upload").getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Unggah berkas...");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Letakkan berkas di sini");
        assertThat(i18n.getError().getIncorrectFileType()).isEqualTo("Jenis berkas ini tidak diterima di sini.");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar.");
        assertThat($(Span.class).id("branding-logo-upload-hint").getText())
                .isEqualTo("Gambar PNG, JPEG atau WebP, paling besar " + FirmLogo.MAX_BYTES / 1024 + " KB");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void inEnglishTheUploadSaysWhichFilesItTakes() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(BrandingView.class);

        UploadI18N i18n = $(Upload.class).id("branding-logo-upload").getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Upload file...");
        assertThat(i18n.getError().getIncorrectFileType()).isEqualTo("This type of file is not accepted here.");
        assertThat($(Span.class).id("branding-logo-upload-hint").getText())
                .isEqualTo("A PNG, JPEG or WebP image, at most " + FirmLogo.MAX_BYTES / 1024 + " KB");
    }
}
