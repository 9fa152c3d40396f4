package io.klien.contracts;

/** A party to a contract, such as the firm or its client, with the role it plays ("Firm", "Client"). */
public record ContractParty(String name, String role) {
}
