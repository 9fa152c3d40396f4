package io.klien.testimonials;

/** What a firm gave a client to thank it. */
public enum LoyaltyGestureKind {
    VOUCHER, GIFT, EVENT_INVITATION, FREE_CONSULTATION
}
