package io.klien.ui.admin;

import io.klien.clients.ClientView;
import org.jspecify.annotations.Nullable;

/** What the invitation form edits; property names follow {@code Invitations.invite}, whose refusals name them. */
public class InviteForm {

    private String email = "";
    private String displayName = "";
    private @Nullable ClientView client;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable ClientView getClient() {
        return client;
    }

    public void setClient(@Nullable ClientView client) {
        this.client = client;
    }
}
