package io.klien.onboarding;

/** The kinds of field an intake form can ask for. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, SINGLE_CHOICE, MULTI_CHOICE, YES_NO, EMAIL, PHONE, FILE;

    /** Whether it is answered by picking from its options. */
    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    /** Whether its answer is a number, so it may have a minimum and a maximum. */
    public boolean numeric() {
        return this == NUMBER || this == MONEY;
    }

    /** Whether its answer is free text, so it may have a maximum length. */
    public boolean text() {
        return this == TEXT || this == LONG_TEXT;
    }
}
