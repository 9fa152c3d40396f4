package io.klien.ui.capacity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A simulated person: who they sign in as, what they are (staff or portal user), and the records of their firm their
 * script visits (staff: the firm's clients and onboardings; portal users find their own onboarding on their home
 * page). Keeps its browser, so a person signs in once and later runs reuse the session.
 */
final class Person {

    enum Kind { STAFF, PORTAL }

    final String email;
    final String password;
    final Kind kind;
    final List<UUID> clients;
    final List<UUID> onboardings;
    final Browser browser;
    boolean signedIn;

    Person(URI app, String email, String password, Kind kind, List<UUID> clients, List<UUID> onboardings) {
        this.email = email;
        this.password = password;
        this.kind = kind;
        this.clients = clients;
        this.onboardings = onboardings;
        this.browser = new Browser(app);
    }

    /** The page a person lands on after signing in. */
    String home() {
        return kind == Kind.STAFF ? "clients" : "portal";
    }
}
