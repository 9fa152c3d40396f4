package io.klien.ui.platform;

/** What the new-firm form edits; property names follow {@code FirmProvisioning.provision}, whose refusals name them. */
public class NewFirmForm {

    private String name = "";
    private String slug = "";
    private String adminEmail = "";
    private String adminName = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}
