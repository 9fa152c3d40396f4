package io.klien.contracts;

/** Whether a signatory has signed yet, or declined. */
public enum SignatoryStatus {
    PENDING, SIGNED, DECLINED
}
