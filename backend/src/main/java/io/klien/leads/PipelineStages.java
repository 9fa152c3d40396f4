package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.leads.internal.LeadRepository;
import io.klien.leads.internal.LeadStage;
import io.klien.leads.internal.LeadStageRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's pipeline stages: staff read them, tenant admins add, rename, reorder and remove them. */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class PipelineStages {

    private final LeadStageRepository stages;
    private final LeadRepository leads;

    PipelineStages(LeadStageRepository stages, LeadRepository leads) {
        this.stages = stages;
        this.leads = leads;
    }

    /** The firm's stages in board order (a firm starts with the pipeline seeded when it was created). */
    @Transactional(readOnly = true)
    public List<LeadStageView> stages() {
        return stages.findAllByOrderByPositionAsc().stream().map(LeadStage::toView).toList();
    }

    /** Adds a stage at the end of the pipeline (tenant admins). */
    @FirmRoles(TENANT_ADMIN)
    public LeadStageView addStage(String name, StageKind kind) {
        String clean = required(name, "leads.stage.name.required", 100);
        List<LeadStage> existing = stages.findAllByOrderByPositionAsc();
        if (stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        int position = existing.stream().mapToInt(LeadStage::position).max().orElse(0) + 1;
        return stages.save(LeadStage.create(clean, position, kind)).toView();
    }

    @FirmRoles(TENANT_ADMIN)
    public LeadStageView renameStage(UUID stageId, String name) {
        String clean = required(name, "leads.stage.name.required", 100);
        LeadStage stage = stage(stages, stageId);
        if (!stage.toView().name().equalsIgnoreCase(clean) && stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        stage.rename(clean);
        return stage.toView();
    }

    /** Puts the stages in the given order; every stage of the firm must be listed once. */
    @FirmRoles(TENANT_ADMIN)
    public List<LeadStageView> reorderStages(List<UUID> stageIds) {
        List<LeadStage> existing = stages.findAllByOrderByPositionAsc();
        if (stageIds.size() != existing.size() || stageIds.stream().distinct().count() != existing.size()
                || !existing.stream().map(LeadStage::id).allMatch(stageIds::contains)) {
            throw new DomainException("leads.stage.order.incomplete");
        }
        for (LeadStage s : existing) {
            s.moveTo(stageIds.indexOf(s.id()) + 1);
        }
        return stages.findAllByOrderByPositionAsc().stream().map(LeadStage::toView).toList();
    }

    /** Removes a stage no lead is in; a firm keeps at least one open, one won and one lost stage. */
    @FirmRoles(TENANT_ADMIN)
    public void removeStage(UUID stageId) {
        LeadStage stage = stage(stages, stageId);
        if (leads.existsByStageId(stageId)) {
            throw new DomainException("leads.stage.in-use");
        }
        if (stages.findByKindOrderByPositionAsc(stage.kind()).size() <= 1) {
            throw new DomainException("leads.stage.last-of-kind", stage.kind().name());
        }
        stages.delete(stage);
    }

    static LeadStage stage(LeadStageRepository stages, UUID stageId) {
        return stages.findById(stageId).orElseThrow(() -> new DomainException("leads.stage.not-found"));
    }

    private static String required(String text, String key, int max) {
        return Leads.TEXT.required(text, key, max);
    }
}
