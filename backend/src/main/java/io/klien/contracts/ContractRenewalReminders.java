package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import io.klien.contracts.internal.ContractSetting;
import io.klien.contracts.internal.ContractSettingRepository;
import io.klien.shared.permission.FirmRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When staff are reminded that a contract is coming to its end: this many days before the end of a fixed term, or
 * before the last day to give notice when the term renews on its own (30 by default, per firm). The reminders
 * themselves go out with the notifications' reminder run, once per contract and deadline, to whoever drafted the
 * contract and the firm's signatories.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class ContractRenewalReminders {

    private final ContractSettingRepository settings;

    ContractRenewalReminders(ContractSettingRepository settings) {
        this.settings = settings;
    }

    /** How many days ahead the firm's staff are reminded. */
    @Transactional(readOnly = true)
    public int reminderDays() {
        return settings.findFirstBy().map(ContractSetting::renewalReminderDays)
                .orElse(ContractSetting.DEFAULT_RENEWAL_REMINDER_DAYS);
    }

    /** Sets how many days ahead (1 to 365) the firm's staff are reminded; returns it. */
    @FirmRoles(TENANT_ADMIN)
    public int remindDaysBefore(int days) {
        ContractSetting setting = settings.findFirstBy().orElseGet(() -> settings.save(ContractSetting.create()));
        setting.remindRenewalsDaysBefore(days);
        settings.flush();
        return days;
    }
}
