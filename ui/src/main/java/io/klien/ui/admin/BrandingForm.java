package io.klien.ui.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the branding form edits; property names follow {@code Tenants.rebrand}, whose refusals name them. */
public class BrandingForm {

    @NotBlank(message = "{klien.required}")
    @Size(max = 200, message = "{klien.too-long}")
    private @Nullable String displayName;

    private @Nullable String primaryColor;

    public BrandingForm() {
    }

    BrandingForm(String displayName, String primaryColor) {
        this.displayName = displayName;
        this.primaryColor = primaryColor;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(@Nullable String primaryColor) {
        this.primaryColor = primaryColor;
    }
}
