package io.klien.shared.tenant;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the active tenant into Hibernate ({@code @TenantId}) and into every transaction (PostgreSQL RLS). */
@Configuration(proxyBeanMethods = false)
class TenantPersistenceConfiguration {

    @Bean
    HibernatePropertiesCustomizer activeTenantResolver() {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new ActiveTenantResolver());
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
            @Value("${spring.transaction.default-timeout:60s}") Duration defaultTimeout) {
        // Boot applies spring.transaction.default-timeout only to a transaction manager it creates itself
        TenantAwareTransactionManager manager = new TenantAwareTransactionManager(entityManagerFactory);
        manager.setDefaultTimeout(Math.toIntExact(Math.max(1, defaultTimeout.toSeconds())));
        return manager;
    }
}
