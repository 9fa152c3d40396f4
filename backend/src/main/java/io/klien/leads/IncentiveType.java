package io.klien.leads;

/** What a firm offers to win or keep a relationship. */
public enum IncentiveType {
    FREE_CONSULTATION, TAILORED_TRIAL, DISCOUNT_VOUCHER, GIFT
}
