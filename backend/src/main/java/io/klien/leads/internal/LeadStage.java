package io.klien.leads.internal;

import io.klien.leads.LeadStageView;
import io.klien.leads.StageKind;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "lead_stage")
class LeadStage extends TenantOwnedEntity {

    private String name;
    private int position;
    @Enumerated(EnumType.STRING)
    private StageKind kind;

    protected LeadStage() {
        this.name = "";
        this.kind = StageKind.OPEN;
    }

    public static LeadStage create(String name, int position, StageKind kind) {
        LeadStage s = new LeadStage();
        s.name = name;
        s.position = position;
        s.kind = kind;
        return s;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public StageKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    public LeadStageView toView() {
        return new LeadStageView(id(), name, position, kind);
    }
}
