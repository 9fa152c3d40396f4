package io.klien.testimonials;

/**
 * Why a client may be at risk: its latest NPS answer is a detractor's, or lower than the one before; a support request
 * breached its service level in the last {@value ClientHealth#BREACH_DAYS} days; or its contract comes up for renewal
 * within {@value ClientHealth#RENEWAL_DAYS} days and nobody was in contact in the last
 * {@value ClientHealth#CONTACT_DAYS}.
 */
public enum RiskKind {
    NPS_DETRACTOR, NPS_FALLING, SLA_BREACHES, RENEWAL_WITHOUT_CONTACT
}
