package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import io.klien.leads.LeadStageView;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PipelineStageService implements PipelineStages {

    private final LeadStageRepository stages;
    private final LeadRepository leads;

    PipelineStageService(LeadStageRepository stages, LeadRepository leads) {
        this.stages = stages;
        this.leads = leads;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadStageView> stages() {
        return stages.findAllByOrderByPositionAsc().stream().map(LeadStage::toView).toList();
    }

    @Override
    public LeadStageView addStage(String name, StageKind kind) {
        String clean = required(name, "leads.stage.name.required", 100);
        List<LeadStage> existing = stages.findAllByOrderByPositionAsc();
        if (stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        int position = existing.stream().mapToInt(LeadStage::position).max().orElse(0) + 1;
        return stages.save(LeadStage.create(clean, position, kind)).toView();
    }

    @Override
    public LeadStageView renameStage(UUID stageId, String name) {
        String clean = required(name, "leads.stage.name.required", 100);
        LeadStage stage = stage(stages, stageId);
        if (!stage.toView().name().equalsIgnoreCase(clean) && stages.existsByNameIgnoreCase(clean)) {
            throw new DomainException("leads.stage.duplicate", clean);
        }
        stage.rename(clean);
        return stage.toView();
    }

    @Override
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

    @Override
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
        return LeadService.TEXT.required(text, key, max);
    }
}
