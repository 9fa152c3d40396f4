package io.klien.contracts;

import static io.klien.shared.FirmRole.TENANT_ADMIN;
import static io.klien.shared.FirmRole.STAFF;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.contracts.internal.Contract;
import io.klien.contracts.internal.ContractRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.time.FirmTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes what ending a contract in force would cost before staff end it: the termination fee of its terms and whether
 * the asked effective date leaves the notice they require, counted from the firm's today.
 */
@Service
@Transactional(readOnly = true)
@FirmRoles({TENANT_ADMIN, STAFF})
public class ContractTerminations {

    private final ContractRepository contracts;
    private final FirmTime time;

    ContractTerminations(ContractRepository contracts, FirmTime time) {
        this.contracts = contracts;
        this.time = time;
    }

    /** The fee and the notice shortfall (in days, zero when met) of ending the contract on {@code effective}. */
    public TerminationQuote terminationQuote(UUID contractId, LocalDate effective) {
        if (effective == null) {
            throw DomainException.onField("effective", "contracts.terminate.effective-required");
        }
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        if (!contract.status().inForce()) {
            throw new DomainException("contracts.terminate.not-in-force");
        }
        LocalDate today = time.today();
        if (effective.isBefore(today)) {
            throw DomainException.onField("effective", "contracts.terminate.effective-past");
        }
        if (effective.isBefore(contract.terms().term().start())) {
            throw DomainException.onField("effective", "contracts.terminate.before-start");
        }
        Termination rule = contract.terms().termination();
        LocalDate earliest = today.plusDays(rule.noticeDays());
        int shortfall = (int) Math.max(0, ChronoUnit.DAYS.between(effective, earliest));
        return new TerminationQuote(contract.id(), today, effective, rule.noticeDays(), earliest, shortfall,
                rule.fee());
    }
}
