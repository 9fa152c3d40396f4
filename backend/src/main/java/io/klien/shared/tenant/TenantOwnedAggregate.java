package io.klien.shared.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A tenant-owned entity whose state changes register the events they cause; the repository publishes them when the
 * aggregate is saved (in the saving transaction, so synchronous listeners commit or roll back with the change).
 */
@MappedSuperclass
public abstract class TenantOwnedAggregate extends TenantOwnedEntity {

    @Transient
    private final transient List<Object> events = new ArrayList<>();

    protected void registerEvent(Object event) {
        events.add(event);
    }

    /** The events registered since the aggregate was last saved. */
    @DomainEvents
    public Collection<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    protected void clearDomainEvents() {
        events.clear();
    }
}
