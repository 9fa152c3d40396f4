package io.klien.projects;

import java.util.List;

import io.klien.contracts.Quota;

/** What a project may use: the quota of the contract it was made from (hours a month, revision rounds, ...). */
public record Budget(List<Quota> quotas) {

    public static final Budget NONE = new Budget(List.of());

    public Budget {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
