package io.klien.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project's usage against each quota line of its budget, for the period that holds {@code asOf}. */
public record ProjectUsageView(UUID projectId, LocalDate asOf, List<QuotaUsage> lines) {
}
