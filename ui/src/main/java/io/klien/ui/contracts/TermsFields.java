package io.klien.ui.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.klien.contracts.FeeModel;
import io.klien.contracts.PaymentSchedule.Invoicing;
import io.klien.contracts.Quota;
import org.jspecify.annotations.Nullable;

/**
 * The terms form's bean: one property per input, flat, so the service's field names ({@code term.end},
 * {@code fee.amount}) map to inputs through {@link TermsForm#ALIASES}. Scope items and milestones are rows outside it.
 */
@SuppressWarnings("NullAway")
public class TermsFields {

    private @Nullable FeeModel feeModel = FeeModel.FIXED;
    private @Nullable BigDecimal feeAmount;
    private String currency = "IDR";
    private @Nullable BigDecimal successPercent;
    private @Nullable Invoicing invoicing = Invoicing.UPFRONT;
    private @Nullable Integer dueDays = 14;
    private @Nullable LocalDate termStart;
    private @Nullable LocalDate termEnd;
    private boolean autoRenew;
    private @Nullable Integer renewalMonths;
    private @Nullable Integer noticeDays;
    private boolean hasQuota;
    private @Nullable BigDecimal quotaAmount;
    private Quota.@Nullable Unit quotaUnit = Quota.Unit.HOURS;
    private Quota.@Nullable Period quotaPer = Quota.Period.MONTH;
    private Quota.@Nullable Overage quotaOverage = Quota.Overage.NEEDS_CHANGE_ORDER;
    private @Nullable BigDecimal quotaOverageRate;
    private @Nullable BigDecimal latePaymentPercent;
    private @Nullable BigDecimal lateDeliveryPercent;
    private @Nullable Integer terminationNoticeDays = 30;
    private @Nullable BigDecimal terminationFee;
    private boolean confidential = true;
    private boolean exclusive;

    public @Nullable FeeModel getFeeModel() { return feeModel; }
    public void setFeeModel(@Nullable FeeModel v) { feeModel = v; }
    public @Nullable BigDecimal getFeeAmount() { return feeAmount; }
    public void setFeeAmount(@Nullable BigDecimal v) { feeAmount = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(@Nullable String v) { currency = v == null ? "IDR" : v; }
    public @Nullable BigDecimal getSuccessPercent() { return successPercent; }
    public void setSuccessPercent(@Nullable BigDecimal v) { successPercent = v; }
    public @Nullable Invoicing getInvoicing() { return invoicing; }
    public void setInvoicing(@Nullable Invoicing v) { invoicing = v; }
    public @Nullable Integer getDueDays() { return dueDays; }
    public void setDueDays(@Nullable Integer v) { dueDays = v; }
    public @Nullable LocalDate getTermStart() { return termStart; }
    public void setTermStart(@Nullable LocalDate v) { termStart = v; }
    public @Nullable LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(@Nullable LocalDate v) { termEnd = v; }
    public boolean isAutoRenew() { return autoRenew; }
    public void setAutoRenew(boolean v) { autoRenew = v; }
    public @Nullable Integer getRenewalMonths() { return renewalMonths; }
    public void setRenewalMonths(@Nullable Integer v) { renewalMonths = v; }
    public @Nullable Integer getNoticeDays() { return noticeDays; }
    public void setNoticeDays(@Nullable Integer v) { noticeDays = v; }
    public boolean isHasQuota() { return hasQuota; }
    public void setHasQuota(boolean v) { hasQuota = v; }
    public @Nullable BigDecimal getQuotaAmount() { return quotaAmount; }
    public void setQuotaAmount(@Nullable BigDecimal v) { quotaAmount = v; }
    public Quota.@Nullable Unit getQuotaUnit() { return quotaUnit; }
    public void setQuotaUnit(Quota.@Nullable Unit v) { quotaUnit = v; }
    public Quota.@Nullable Period getQuotaPer() { return quotaPer; }
    public void setQuotaPer(Quota.@Nullable Period v) { quotaPer = v; }
    public Quota.@Nullable Overage getQuotaOverage() { return quotaOverage; }
    public void setQuotaOverage(Quota.@Nullable Overage v) { quotaOverage = v; }
    public @Nullable BigDecimal getQuotaOverageRate() { return quotaOverageRate; }
    public void setQuotaOverageRate(@Nullable BigDecimal v) { quotaOverageRate = v; }
    public @Nullable BigDecimal getLatePaymentPercent() { return latePaymentPercent; }
    public void setLatePaymentPercent(@Nullable BigDecimal v) { latePaymentPercent = v; }
    public @Nullable BigDecimal getLateDeliveryPercent() { return lateDeliveryPercent; }
    public void setLateDeliveryPercent(@Nullable BigDecimal v) { lateDeliveryPercent = v; }
    public @Nullable Integer getTerminationNoticeDays() { return terminationNoticeDays; }
    public void setTerminationNoticeDays(@Nullable Integer v) { terminationNoticeDays = v; }
    public @Nullable BigDecimal getTerminationFee() { return terminationFee; }
    public void setTerminationFee(@Nullable BigDecimal v) { terminationFee = v; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean v) { confidential = v; }
    public boolean isExclusive() { return exclusive; }
    public void setExclusive(boolean v) { exclusive = v; }
}
