package io.klien.contracts.internal;

import java.time.Instant;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person's consent to do business electronically with the firm, under one version of the disclosure. */
@Entity
@Table(name = "contract_signing_consent")
class SigningConsent extends TenantOwnedEntity {

    @Column(updatable = false)
    private String subject;
    @Column(name = "disclosure_version", updatable = false)
    private int disclosureVersion;
    @Column(name = "consented_at", updatable = false)
    private Instant consentedAt;
    @Column(name = "ip_address", updatable = false)
    private @Nullable String ipAddress;
    @Column(name = "user_agent", updatable = false)
    private @Nullable String userAgent;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
    @Column(name = "withdrawn_ip_address")
    private @Nullable String withdrawnIpAddress;
    @Column(name = "withdrawn_user_agent")
    private @Nullable String withdrawnUserAgent;

    protected SigningConsent() {
        this.subject = "";
        this.consentedAt = Instant.EPOCH;
    }

    public static SigningConsent given(String subject, int disclosureVersion, Instant at, @Nullable String ip,
            @Nullable String userAgent) {
        SigningConsent c = new SigningConsent();
        c.subject = subject;
        c.disclosureVersion = disclosureVersion;
        c.consentedAt = at;
        c.ipAddress = ip;
        c.userAgent = userAgent;
        return c;
    }

    public void withdraw(Instant at, @Nullable String ip, @Nullable String userAgent) {
        this.withdrawnAt = at;
        this.withdrawnIpAddress = ip;
        this.withdrawnUserAgent = userAgent;
    }

    public int disclosureVersion() {
        return disclosureVersion;
    }

    public Instant consentedAt() {
        return consentedAt;
    }
}
