package io.klien.contracts.internal;

import io.klien.contracts.ContractRenewalReminders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractRenewalReminderService implements ContractRenewalReminders {

    private final ContractSettingRepository settings;

    ContractRenewalReminderService(ContractSettingRepository settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public int reminderDays() {
        return settings.findFirstBy().map(ContractSetting::renewalReminderDays)
                .orElse(ContractSetting.DEFAULT_RENEWAL_REMINDER_DAYS);
    }

    @Override
    public int remindDaysBefore(int days) {
        ContractSetting setting = settings.findFirstBy().orElseGet(() -> settings.save(ContractSetting.create()));
        setting.remindRenewalsDaysBefore(days);
        settings.flush();
        return days;
    }
}
