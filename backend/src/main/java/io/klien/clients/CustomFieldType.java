package io.klien.clients;

/** What a custom field holds; fixed once a client has a value in the field. */
public enum CustomFieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, YES_NO, SINGLE_CHOICE
}
