package io.klien.leads.internal;

import java.util.UUID;

import io.klien.leads.StageKind;
import io.klien.shared.SeedTexts;
import io.klien.shared.tenant.TransactionTenant;
import io.klien.tenancy.TenantCreated;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a new firm its starting pipeline (new contact, consultation, proposal, agreement, won, lost) in the firm's
 * language ({@code seed-texts/pipeline*.properties}). Synchronous on purpose: the stages commit or roll back with the
 * firm. Written with plain SQL because the firm may not be the one the creating transaction acts for.
 */
@Component
class StartingPipeline {

    private static final String[][] OPEN_STAGES = {{"new-contact", "New contact"}, {"consultation", "Consultation"},
            {"proposal", "Proposal"}, {"agreement", "Agreement"}};

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    StartingPipeline(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(TenantCreated created) {
        // the firm's row is written before its stages refer to it
        entityManager.flush();
        SeedTexts texts = SeedTexts.of("pipeline", created.locale());
        TransactionTenant.actingFor(jdbc, created.tenantId(), () -> {
            int position = 1;
            for (String[] open : OPEN_STAGES) {
                insert(created.tenantId(), texts.text("stage." + open[0], open[1]), position++, StageKind.OPEN);
            }
            insert(created.tenantId(), texts.text("stage.won", "Won"), position++, StageKind.WON);
            insert(created.tenantId(), texts.text("stage.lost", "Lost"), position, StageKind.LOST);
            return null;
        });
    }

    private void insert(UUID tenantId, String name, int position, StageKind kind) {
        jdbc.sql("""
                        insert into lead_stage (tenant_id, id, name, position, kind)
                        values (:tenant, :id, :name, :position, :kind)""")
                .param("tenant", tenantId).param("id", UUID.randomUUID()).param("name", name)
                .param("position", position).param("kind", kind.name()).update();
    }
}
