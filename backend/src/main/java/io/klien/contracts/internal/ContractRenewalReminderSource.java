package io.klien.contracts.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.RenewalDates;
import io.klien.contracts.SignatorySide;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.ReminderSource;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.Formats;
import io.klien.shared.time.FirmTime;
import org.springframework.stereotype.Component;

/**
 * Reminds staff that a contract in force comes to its end: from the firm's number of days before the end of a fixed
 * term, or before the notice deadline of a term that renews on its own, until that day. Whoever drafted the contract
 * and the firm's signatories are told, each once per contract and deadline (the key names both), however often the
 * reminder run asks.
 */
@Component
class ContractRenewalReminderSource implements ReminderSource {

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final ContractSettingRepository settings;
    private final Clients clients;
    private final FirmTime firmTime;

    ContractRenewalReminderSource(ContractRepository contracts, ContractSignatoryRepository signatories,
            ContractSettingRepository settings, Clients clients, FirmTime firmTime) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.settings = settings;
        this.clients = clients;
        this.firmTime = firmTime;
    }

    @Override
    public List<NewNotification> remindersDue(ZonedDateTime firmNow) {
        LocalDate today = firmNow.toLocalDate();
        int days = settings.findFirstBy().map(ContractSetting::renewalReminderDays)
                .orElse(ContractSetting.DEFAULT_RENEWAL_REMINDER_DAYS);
        List<Contract> candidates = contracts.findInForceWithDeadlineBy(today, today.plusDays(days));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> clientNames = clients.names(candidates.stream().map(Contract::clientId)
                .collect(java.util.stream.Collectors.toSet()));
        Formats dates = firmTime.formatsOf(TenantContext.requireTenantId());
        List<NewNotification> reminders = new ArrayList<>();
        for (Contract contract : candidates) {
            RenewalDates renewal = RenewalDates.of(contract.terms().term(), today, days);
            LocalDate deadline = renewal.noticeDeadline() == null ? renewal.periodEnd() : renewal.noticeDeadline();
            if (today.isBefore(renewal.remindOn()) || today.isAfter(deadline)) {
                continue;
            }
            String client = clientNames.getOrDefault(contract.clientId(), "");
            String message = renewal.noticeDeadline() == null ? "contracts.notice.renewal-due.ends"
                    : "contracts.notice.renewal-due.notice";
            String dedupe = "contract-renewal:" + contract.id() + ":" + deadline;
            for (String recipient : recipients(contract)) {
                reminders.add(NewNotification.of(recipient, NotificationKind.CONTRACT_RENEWAL_DUE,
                        "contracts/" + contract.id())
                        .withMessage(message, contract.title(), client, dates.date(deadline),
                                dates.date(renewal.periodEnd()))
                        .withDedupeKey(dedupe));
            }
        }
        return reminders;
    }

    /** Whoever drafted the contract, then the firm's signatories, each once. */
    private Set<String> recipients(Contract contract) {
        Set<String> out = new LinkedHashSet<>();
        if (contract.createdBy() != null) {
            out.add(contract.createdBy());
        }
        signatories.findByContractIdOrderByPositionAsc(contract.id()).stream()
                .filter(s -> s.side() == SignatorySide.FIRM && s.memberSubject() != null)
                .forEach(s -> out.add(s.memberSubject()));
        return out;
    }
}
