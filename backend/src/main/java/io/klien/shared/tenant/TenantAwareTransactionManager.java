package io.klien.shared.tenant;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL who acts: {@code app.tenant_id} and {@code app.user_subject}, set
 * transaction-locally so a pooled connection never carries them into the next transaction. Row-level security
 * policies read them.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder == null) {
            return;
        }
        EntityManager em = holder.getEntityManager();
        TenantContext.Scope scope = TenantContext.current().orElse(null);
        String tenant = scope == null || scope.tenantId() == null ? "" : scope.tenantId().toString();
        String subject = scope == null || scope.subject() == null ? "" : scope.subject();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select set_config('app.tenant_id', ?, true), set_config('app.user_subject', ?, true)")) {
                ps.setString(1, tenant);
                ps.setString(2, subject);
                ps.execute();
            }
        });
    }
}
