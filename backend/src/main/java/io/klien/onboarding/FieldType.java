package io.klien.onboarding;

/** The kinds of field an intake form can ask for. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, SINGLE_CHOICE, MULTI_CHOICE, YES_NO, EMAIL, PHONE, FILE;

    boolean choice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    boolean numeric() {
        return this == NUMBER || this == MONEY;
    }

    boolean text() {
        return this == TEXT || this == LONG_TEXT;
    }
}
