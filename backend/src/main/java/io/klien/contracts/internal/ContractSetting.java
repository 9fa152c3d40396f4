package io.klien.contracts.internal;

import java.math.BigDecimal;

import io.klien.contracts.Money;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The firm's contract settings (one row per firm): the fee value above which a draft needs approval, and how many days
 * before a contract's end (or notice deadline) staff are reminded of its renewal.
 */
@Entity
@Table(name = "contract_setting")
class ContractSetting extends TenantOwnedEntity {

    /** Days before the end or notice deadline, when a firm has not chosen. */
    public static final int DEFAULT_RENEWAL_REMINDER_DAYS = 30;
    public static final int MAX_RENEWAL_REMINDER_DAYS = 365;

    @Column(name = "approval_threshold")
    private @Nullable BigDecimal approvalThreshold;
    @Column(name = "approval_currency")
    private @Nullable String approvalCurrency;
    @Column(name = "renewal_reminder_days")
    private int renewalReminderDays = DEFAULT_RENEWAL_REMINDER_DAYS;

    protected ContractSetting() {
    }

    public static ContractSetting create() {
        return new ContractSetting();
    }

    public void requireApprovalAbove(@Nullable Money threshold) {
        this.approvalThreshold = threshold == null ? null : threshold.amount();
        this.approvalCurrency = threshold == null ? null : threshold.currency();
    }

    public @Nullable Money approvalThreshold() {
        return approvalThreshold == null || approvalCurrency == null ? null
                : new Money(approvalThreshold, approvalCurrency);
    }

    public void remindRenewalsDaysBefore(int days) {
        if (days < 1 || days > MAX_RENEWAL_REMINDER_DAYS) {
            throw DomainException.onField("renewalReminderDays", "contracts.renewal-reminder.days-range", 1,
                    MAX_RENEWAL_REMINDER_DAYS);
        }
        this.renewalReminderDays = days;
    }

    public int renewalReminderDays() {
        return renewalReminderDays;
    }
}
