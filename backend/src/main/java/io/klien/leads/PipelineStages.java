package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/** The firm's pipeline stages: staff read them, tenant admins add, rename, reorder and remove them. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface PipelineStages {

    /** The firm's stages in board order (a firm starts with the pipeline seeded when it was created). */
    List<LeadStageView> stages();

    /** Adds a stage at the end of the pipeline (tenant admins). */
    @FirmRoles(TENANT_ADMIN)
    LeadStageView addStage(String name, StageKind kind);

    @FirmRoles(TENANT_ADMIN)
    LeadStageView renameStage(UUID stageId, String name);

    /** Puts the stages in the given order; every stage of the firm must be listed once. */
    @FirmRoles(TENANT_ADMIN)
    List<LeadStageView> reorderStages(List<UUID> stageIds);

    /** Removes a stage no lead is in; a firm keeps at least one open, one won and one lost stage. */
    @FirmRoles(TENANT_ADMIN)
    void removeStage(UUID stageId);
}
