package io.klien.testimonials;

/** Where a follow-up on a detractor's answer stands. */
public enum FollowUpState {
    OPEN, DONE
}
