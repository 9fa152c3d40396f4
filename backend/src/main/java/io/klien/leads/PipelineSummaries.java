package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import io.klien.shared.permission.FirmRoles;

/** Aggregates over the pipeline, computed in the database (one query per figure, whatever the number of leads). */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface PipelineSummaries {

    /** The dashboard's figures for the person acting: their follow-ups due today or earlier, and the firm's pipeline. */
    PipelineSummary summary();
}
