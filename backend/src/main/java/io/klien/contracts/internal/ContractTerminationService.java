package io.klien.contracts.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.contracts.ContractTerminations;
import io.klien.contracts.Termination;
import io.klien.contracts.TerminationQuote;
import io.klien.shared.DomainException;
import io.klien.shared.time.FirmTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ContractTerminationService implements ContractTerminations {

    private final ContractRepository contracts;
    private final FirmTime time;

    ContractTerminationService(ContractRepository contracts, FirmTime time) {
        this.contracts = contracts;
        this.time = time;
    }

    @Override
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
