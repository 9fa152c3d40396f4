package io.klien.onboarding;

/** How an identity was verified. */
public enum KycMethod {
    IN_PERSON, VIDEO_CALL, ELECTRONIC, CERTIFIED_COPY
}
