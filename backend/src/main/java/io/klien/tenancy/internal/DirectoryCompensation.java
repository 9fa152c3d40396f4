package io.klien.tenancy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The identity provider takes no part in our transactions: what we create there is undone when the transaction it
 * was created for rolls back, so a failed invitation or firm leaves nothing behind on either side.
 */
final class DirectoryCompensation {

    private static final Logger log = LoggerFactory.getLogger(DirectoryCompensation.class);

    private DirectoryCompensation() {
    }

    /** Runs {@code undo} if the current transaction does not commit; requires a transaction. */
    static void onRollback(String what, Runnable undo) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Identity provider changes need a transaction to be undone with");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    return;
                }
                try {
                    undo.run();
                    log.info("Undid {} in the identity provider after the transaction did not commit", what);
                } catch (RuntimeException e) {
                    log.error("Could not undo {} in the identity provider; remove it by hand", what, e);
                }
            }
        });
    }
}
