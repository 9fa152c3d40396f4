package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.contracts.Quota;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/**
 * What a project used against the quota of its contract: the team's billable hours, meetings logged by hand, and
 * revision rounds and approved deliverable versions counted from the deliverables' reviews. The team is told when a
 * quota line reaches 80% and 100% of a period ({@link QuotaThresholdReached}).
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ProjectUsage {

    /** A team member logs their own time on an open project. */
    TimeEntryView logTime(UUID projectId, NewTimeEntry entry);

    /** The project's time entries from one day to another (inclusive), oldest first. */
    List<TimeEntryView> timeEntries(UUID projectId, LocalDate from, LocalDate to);

    /**
     * A team member logs units counted by hand (meetings) on a day; hours are logged as time, revision rounds and
     * deliverables are counted from the reviews.
     */
    void logUnits(UUID projectId, Quota.Unit unit, BigDecimal amount, LocalDate on, @Nullable String note);

    /** Usage against each quota line for the current period (today in firm time), with the priced overage. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    ProjectUsageView usage(UUID projectId);
}
