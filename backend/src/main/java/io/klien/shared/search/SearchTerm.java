package io.klien.shared.search;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One lower-cased, unaccented word of a searchable record; written only by database triggers, read in subqueries. */
@Entity
@Immutable
@Table(name = "search_term")
@IdClass(SearchTerm.Key.class)
public class SearchTerm {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Id
    private String kind;

    @Id
    @Column(name = "entity_id")
    private UUID entityId;

    @Id
    @Column(columnDefinition = "text")
    private String term;

    protected SearchTerm() {
    }

    /** The identity of a term within its firm. */
    public record Key(String kind, UUID entityId, String term) implements Serializable {
    }
}
