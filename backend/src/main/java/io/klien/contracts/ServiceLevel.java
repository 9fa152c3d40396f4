package io.klien.contracts;

import java.util.List;
import java.util.Optional;

/**
 * The support the contract promises: per priority, within how many business hours the firm first responds and resolves
 * a request. Priorities the contract does not name fall back to the firm's defaults; {@link #NONE} promises nothing.
 */
public record ServiceLevel(List<Target> targets) {

    /** No service level in the contract: support requests get the firm's defaults. */
    public static final ServiceLevel NONE = new ServiceLevel(List.of());

    public ServiceLevel {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The target for one priority, if the contract names it. */
    public Optional<Target> target(Priority priority) {
        return targets.stream().filter(t -> t.priority() == priority).findFirst();
    }

    public boolean promisesNothing() {
        return targets.isEmpty();
    }

    /** How urgent a request is, as the contract names it (the same names the support desk uses). */
    public enum Priority {
        LOW, NORMAL, HIGH, URGENT
    }

    /** First response and resolution within so many business hours of the request being raised. */
    public record Target(Priority priority, int firstResponseHours, int resolutionHours) {
    }
}
