package io.klien.leads;

/** Where an offered incentive stands. */
public enum IncentiveStatus {
    OFFERED, ACCEPTED, DECLINED, REDEEMED
}
