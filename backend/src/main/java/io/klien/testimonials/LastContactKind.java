package io.klien.testimonials;

/**
 * What the firm's latest contact with a client was: a message in a discussion shared with the client, a project
 * status update or a reply to one, the firm's reply on a support request, a loyalty gesture, or a follow-up marked
 * done.
 */
public enum LastContactKind {
    DISCUSSION, PROJECT_UPDATE, UPDATE_REPLY, SUPPORT_REPLY, LOYALTY_GESTURE, FOLLOW_UP
}
