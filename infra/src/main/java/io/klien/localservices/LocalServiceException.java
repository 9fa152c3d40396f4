package io.klien.localservices;

/** A local service could not be prepared; carries what went wrong and what the developer should do. */
public class LocalServiceException extends RuntimeException {

    private final String action;

    public LocalServiceException(String description, String action) {
        this(description, action, null);
    }

    public LocalServiceException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
