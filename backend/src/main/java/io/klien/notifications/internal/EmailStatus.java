package io.klien.notifications.internal;

/** Where a notification's email stands. */
enum EmailStatus {
    /** The recipient turned email off for the kind. */
    OFF,
    /** To be sent once the transaction that recorded it commits. */
    PENDING,
    SENT,
    /** Sending failed; the notification itself stays. */
    FAILED
}
