package io.klien.contracts;

/** The disclosure a signatory consents to before signing electronically, in one language, with its version. */
public record ElectronicDisclosure(int version, String title, String text) {
}
