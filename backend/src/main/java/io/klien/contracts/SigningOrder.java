package io.klien.contracts;

/** Whether signatories sign in any order or one after another, in their listed order. */
public enum SigningOrder {
    PARALLEL, SEQUENTIAL
}
