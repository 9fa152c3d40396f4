package io.klien.contracts.internal;

import java.math.BigDecimal;

import io.klien.contracts.Money;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The firm's contract settings (one row per firm): the fee value above which a draft needs approval. */
@Entity
@Table(name = "contract_setting")
public class ContractSetting extends TenantOwnedEntity {

    @Column(name = "approval_threshold")
    private @Nullable BigDecimal approvalThreshold;
    @Column(name = "approval_currency")
    private @Nullable String approvalCurrency;

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
}
