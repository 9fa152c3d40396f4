package io.klien.contracts;

/** Who a signatory signs for: the client (one of its contacts) or the firm (one of its members). */
public enum SignatorySide {
    CLIENT, FIRM
}
