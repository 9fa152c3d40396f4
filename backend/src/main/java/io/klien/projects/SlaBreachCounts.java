package io.klien.projects;

/** How many support requests of the firm missed their first-response and resolution targets, and how many are open and late. */
public record SlaBreachCounts(long firstResponse, long resolution, long openBreached) {
}
