package io.klien.shared.search;

/** The kinds of record the term table holds (kept in step by the triggers of the same name). */
public enum SearchKind {
    CLIENT, CLIENT_TAG, CONTACT, LEAD, CONTRACT
}
