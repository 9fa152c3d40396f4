package io.klien.testimonials.internal;

import java.time.Instant;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.AskRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The firm's ask rules, one row per firm once an admin set them. */
@Entity
@Table(name = "testimonial_ask_rule")
class AskRule extends TenantOwnedEntity {

    @Column(name = "cooldown_days")
    private int cooldownDays;
    @Column(name = "ask_on_approval")
    private boolean askOnApproval;
    @Column(name = "minimum_rating")
    private int minimumRating;
    @Column(name = "link_valid_days")
    private int linkValidDays;
    @Column(name = "ask_on_project_completed")
    private boolean askOnProjectCompleted;
    @Column(name = "ask_on_contract_renewed")
    private boolean askOnContractRenewed;
    @Column(name = "ask_after_onboarding")
    private boolean askAfterOnboarding;
    @Column(name = "days_after_onboarding")
    private int daysAfterOnboarding;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private @Nullable String changedBy;

    protected AskRule() {
        this.changedAt = Instant.EPOCH;
    }

    static AskRule of(AskRules rules, @Nullable String by, Instant now) {
        AskRule rule = new AskRule();
        rule.change(rules, by, now);
        return rule;
    }

    void change(AskRules rules, @Nullable String by, Instant now) {
        if (rules.cooldownDays() < 0 || rules.cooldownDays() > 3650) {
            throw DomainException.onField("cooldownDays", "testimonials.rules.cooldown", 3650);
        }
        if (rules.minimumRating() < 1 || rules.minimumRating() > 5) {
            throw DomainException.onField("minimumRating", "testimonials.rules.rating");
        }
        if (rules.linkValidDays() < 1 || rules.linkValidDays() > 90) {
            throw DomainException.onField("linkValidDays", "testimonials.rules.link-days", 90);
        }
        if (rules.daysAfterOnboarding() < 1 || rules.daysAfterOnboarding() > 365) {
            throw DomainException.onField("daysAfterOnboarding", "testimonials.rules.onboarding-days", 365);
        }
        this.cooldownDays = rules.cooldownDays();
        this.askOnApproval = rules.askOnApproval();
        this.minimumRating = rules.minimumRating();
        this.linkValidDays = rules.linkValidDays();
        this.askOnProjectCompleted = rules.askOnProjectCompleted();
        this.askOnContractRenewed = rules.askOnContractRenewed();
        this.askAfterOnboarding = rules.askAfterOnboarding();
        this.daysAfterOnboarding = rules.daysAfterOnboarding();
        this.changedAt = now;
        this.changedBy = by;
    }

    AskRules toRules() {
        return new AskRules(cooldownDays, askOnApproval, minimumRating, linkValidDays, askOnProjectCompleted,
                askOnContractRenewed, askAfterOnboarding, daysAfterOnboarding);
    }
}
