package io.klien.shared.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which side effects outside the database (mails) were delivered, by a key the listener derives from its
 * event, so a listener that is resubmitted after a failure or a crash skips what already went out. An effect is
 * recorded after it succeeded: a crash between the two can repeat it once, never lose it.
 */
@Component
public class DeliveredEffects {

    private static final Logger log = LoggerFactory.getLogger(DeliveredEffects.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeliveredEffects(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs the effect unless one with the same key was delivered; returns whether it ran now. */
    public boolean deliverOnce(String key, Runnable effect) {
        if (delivered(key)) {
            return false;
        }
        effect.run();
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into delivered_effect (key_hash, delivered_at) values (?, ?) on conflict do nothing")
                .param(sha256(key)).param(clock.instant().atOffset(ZoneOffset.UTC)).update());
        return true;
    }

    /**
     * Delivers each effect once (keys to effects, in order). One that fails does not stop the others; afterwards the
     * first failure is thrown, so the listener's event is retried and only what did not go out runs again.
     */
    public void deliverEachOnce(Map<String, Runnable> effects, String what) {
        RuntimeException failure = null;
        for (Map.Entry<String, Runnable> effect : effects.entrySet()) {
            try {
                deliverOnce(effect.getKey(), effect.getValue());
            } catch (RuntimeException e) {
                log.warn("{} ({}) failed; will retry", what, effect.getKey(), e);
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A read-only transaction of its own, for a listener that reads what to deliver before delivering it. */
    public static TransactionTemplate readOnlyTransaction(PlatformTransactionManager transactionManager) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
        return readOnly;
    }

    /** Whether an effect with the key was delivered. */
    public boolean delivered(String key) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.sql(
                "select exists (select 1 from delivered_effect where key_hash = ?)").param(sha256(key))
                .query(Boolean.class).single()));
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
