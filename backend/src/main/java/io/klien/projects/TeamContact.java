package io.klien.projects;

import org.jspecify.annotations.Nullable;

/** Someone of the firm serving the client: name, role on the project (the lead where they lead any) and email. */
public record TeamContact(String subject, String name, ProjectRole role, @Nullable String email) {
}
