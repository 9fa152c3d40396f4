package io.klien.contracts;

/** What a contract is: an agreement of its own, or an amendment (addendum) that changes named terms of another. */
public enum ContractKind {
    CONTRACT, AMENDMENT
}
