package io.klien.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.contracts.ContractTemplateDefinition;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTerms;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One version of a contract template; never changed once written, so contracts made from it can name it. */
@Entity
@Table(name = "contract_template_version")
class ContractTemplateVersion extends TenantOwnedEntity {

    @Column(name = "template_id", updatable = false)
    private UUID templateId;
    @Column(updatable = false)
    private int number;
    @Column(updatable = false)
    private String name;
    @Column(name = "service_line", updatable = false)
    private @Nullable String serviceLine;
    @Column(updatable = false)
    private String body;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private ContractTerms terms;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;

    protected ContractTemplateVersion() {
        this.templateId = new UUID(0, 0);
        this.name = "";
        this.body = "";
        this.terms = null;
        this.createdAt = Instant.EPOCH;
    }

    public static ContractTemplateVersion of(UUID templateId, int number, ContractTemplateDefinition definition,
            @Nullable String createdBy, Instant at) {
        ContractTemplateVersion v = new ContractTemplateVersion();
        v.templateId = templateId;
        v.number = number;
        v.name = definition.name();
        v.serviceLine = definition.serviceLine();
        v.body = definition.body();
        v.terms = definition.terms();
        v.createdBy = createdBy;
        v.createdAt = at;
        return v;
    }

    public UUID templateId() {
        return templateId;
    }

    public int number() {
        return number;
    }

    public ContractTemplateDefinition definition() {
        return new ContractTemplateDefinition(name, serviceLine, body, terms);
    }

    public ContractTemplateView toView(long revision) {
        return new ContractTemplateView(templateId, id(), number, definition(), createdAt, revision);
    }
}
