package io.klien.ui.startup;

/** A service Klien needs is missing at startup: what is wrong, and what to do about it. */
class StartupCheckFailed extends RuntimeException {

    private final String action;

    StartupCheckFailed(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
