package io.klien.contracts;

/** How the firm is paid. */
public enum FeeModel {
    FIXED, HOURLY, MONTHLY_RETAINER, MILESTONES, SUCCESS_FEE
}
