package io.klien.projects;

/** How urgent a support request is; each priority has its own service-level targets. */
public enum SupportPriority {
    LOW, NORMAL, HIGH, URGENT
}
