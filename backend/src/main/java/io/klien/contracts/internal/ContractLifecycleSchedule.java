package io.klien.contracts.internal;

import io.klien.contracts.ContractLifecycle;
import io.klien.shared.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Moves contracts along the calendar on a schedule ({@code klien.contracts.lifecycle.cron}, at ten past every hour by
 * default, so each firm's new day is seen within the hour), on one replica at a time (a cluster lock). Off with
 * {@code klien.contracts.lifecycle.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klien.contracts.lifecycle.enabled", havingValue = "true", matchIfMissing = true)
class ContractLifecycleSchedule {

    private static final Logger log = LoggerFactory.getLogger(ContractLifecycleSchedule.class);

    static final String LOCK = "contract-lifecycle-run";

    private final ContractLifecycle lifecycle;
    private final ClusterLock lock;

    ContractLifecycleSchedule(ContractLifecycle lifecycle, ClusterLock lock) {
        this.lifecycle = lifecycle;
        this.lock = lock;
    }

    /** Runs the lifecycle unless another replica is running it; returns whether this one ran. */
    @Scheduled(cron = "${klien.contracts.lifecycle.cron:0 10 * * * *}")
    boolean advance() {
        boolean ran = lock.runExclusively(LOCK, () -> log.info("Contract lifecycle run: {} contracts moved",
                lifecycle.advanceAllFirms()));
        if (!ran) {
            log.info("Contract lifecycle run skipped: another instance is running it");
        }
        return ran;
    }
}
