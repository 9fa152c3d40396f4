package io.klien.projects;

/** How a person hears of new discussion messages by email: each one, a daily digest, or not at all. */
public enum DiscussionMailMode {
    EACH_MESSAGE, DAILY_DIGEST, NONE
}
