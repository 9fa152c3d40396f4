package io.klien.shared.tenant;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
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
        try {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "select set_config('app.tenant_id', ?, true), set_config('app.user_subject', ?, true)")) {
                    ps.setString(1, tenant);
                    ps.setString(2, subject);
                    ps.execute();
                }
            });
        } catch (RuntimeException e) {
            // super.doBegin already bound the entity manager and its connection to this thread; left bound, every
            // later transaction on the thread would join this dead one (a pooled request thread would fail until
            // the process restarts). Undo the begin, so the next transaction starts afresh on a sound connection.
            abandon(em, transaction);
            throw new CannotCreateTransactionException("Could not set the acting firm on the transaction's connection", e);
        }
    }

    private void abandon(EntityManager em, Object transaction) {
        try {
            EntityTransaction begun = em.getTransaction();
            if (begun.isActive()) {
                begun.rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection is gone; closing the entity manager below returns it to the pool, which evicts it
        }
        doCleanupAfterCompletion(transaction);
    }
}
