package io.klien.leads.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.leads.LeadConverted;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadStageChanged;
import io.klien.leads.LeadView;
import io.klien.shared.DomainException;
import io.klien.shared.NormalizedName;
import io.klien.shared.PersonRefs;
import io.klien.shared.tenant.TenantOwnedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "lead")
class Lead extends TenantOwnedAggregate {

    private String name;
    @Column(name = "normalized_name")
    private @Nullable String normalizedName;
    @Enumerated(EnumType.STRING)
    private ClientKind kind;
    private @Nullable String organization;
    private @Nullable String email;
    private @Nullable String phone;
    @Enumerated(EnumType.STRING)
    private LeadSource source;
    @Column(name = "service_line")
    private @Nullable String serviceLine;
    @Column(name = "estimated_value")
    private @Nullable BigDecimal estimatedValue;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private @Nullable String currency;
    @Column(name = "owner_subject")
    private @Nullable String ownerSubject;
    @Column(name = "stage_id")
    private UUID stageId;
    @Column(name = "next_follow_up")
    private @Nullable LocalDate nextFollowUp;
    @Column(name = "lost_reason")
    private @Nullable String lostReason;
    @Column(name = "first_contact_date")
    private LocalDate firstContactDate;
    @Column(name = "won_date")
    private @Nullable LocalDate wonDate;
    @Column(name = "client_id")
    private @Nullable UUID clientId;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Lead() {
        this.name = "";
        this.kind = ClientKind.ORGANIZATION;
        this.source = LeadSource.OTHER;
        this.stageId = new UUID(0, 0);
        this.firstContactDate = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public static Lead create(LeadDetails details, UUID stageId, LocalDate firstContactDate, Instant at) {
        Lead l = new Lead();
        l.stageId = stageId;
        l.createdAt = at;
        l.apply(details);
        l.firstContactDate = firstContactDate;
        return l;
    }

    /** Takes over the edited details (already validated and normalised by the service). */
    public void apply(LeadDetails d) {
        this.name = d.name();
        this.normalizedName = NormalizedName.of(d.name());
        this.kind = d.kind();
        this.organization = d.organization();
        this.email = d.email();
        this.phone = d.phone();
        this.source = d.source();
        this.serviceLine = d.serviceLine();
        this.estimatedValue = d.estimatedValue();
        this.currency = d.currency();
        this.ownerSubject = d.ownerSubject();
        this.nextFollowUp = d.nextFollowUp();
        if (d.firstContactDate() != null) {
            this.firstContactDate = d.firstContactDate();
        }
    }

    /**
     * Moves the lead to another stage (won on the given date, or lost for the reason), recorded as a
     * {@link LeadStageChanged}; a converted lead stays where it is, and the same stage changes nothing.
     */
    public boolean moveTo(UUID newStageId, @Nullable LocalDate won, @Nullable String lost) {
        requireNotConverted();
        if (stageId.equals(newStageId)) {
            return false;
        }
        registerEvent(new LeadStageChanged(tenantId(), id(), stageId, newStageId));
        this.stageId = newStageId;
        this.wonDate = won;
        this.lostReason = lost;
        return true;
    }

    /**
     * Links the won lead to the client it became (or the returning customer's client), recorded as
     * {@link LeadConverted}; a lead is converted once.
     */
    public void convertTo(UUID client, boolean returningCustomer) {
        requireNotConverted();
        this.clientId = client;
        registerEvent(new LeadConverted(tenantId(), id(), client, returningCustomer));
    }

    public void requireNotConverted() {
        if (clientId != null) {
            throw new DomainException("leads.converted");
        }
    }

    public UUID stageId() {
        return stageId;
    }

    public @Nullable UUID clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String ownerSubject() {
        return ownerSubject;
    }

    /** The lead as the UI sees it, its owner named from the given page's people. */
    public LeadView toView(PersonRefs people) {
        return new LeadView(id(), name, kind, organization, email, phone, source, serviceLine, estimatedValue, currency,
                people.of(ownerSubject), stageId, nextFollowUp, lostReason, firstContactDate, wonDate, clientId, version());
    }
}
