package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import io.klien.contracts.ContractRenewalReminders;
import io.klien.contracts.Contracts;
import io.klien.contracts.Money;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.errors.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Tenant admins set the fee above which contracts need approval, or none; a bad amount is refused at its input. */
@SpringBootTest
@SignedInAs(DemoUser.TENANT_ADMIN)
class ContractSettingsViewTests extends DemoFirmBrowserlessTest {

    @Autowired Contracts contracts;
    @Autowired ContractRenewalReminders reminders;

    @Test
    void anAdminSetsTheThresholdSeesABadAmountRefusedAtItsInputAndRemovesIt() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ContractSettingsView.class);

        $(Checkbox.class).id("contract-settings-approval").setValue(true);
        BigDecimalField amount = $(BigDecimalField.class).id("contract-settings-threshold");
        amount.setValue(new BigDecimal("-5"));
        test($(Button.class).id("contract-settings-save")).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isNotBlank();

        amount.setValue(new BigDecimal("100000.50"));
        test($(Button.class).id("contract-settings-save")).click();
        assertThat(amount.isInvalid()).as("rupiah have no cents").isTrue();

        amount.setValue(new BigDecimal("100000000"));
        $(Select.class).id("contract-settings-currency").setValue("IDR");
        test($(Button.class).id("contract-settings-save")).click();
        Money saved = contracts.approvalThreshold();
        assertThat(saved).isNotNull();
        assertThat(saved.amount()).isEqualByComparingTo("100000000");
        assertThat(saved.currency()).isEqualTo("IDR");

        navigate(ContractSettingsView.class);
        assertThat($(Checkbox.class).id("contract-settings-approval").getValue()).isTrue();
        assertThat($(BigDecimalField.class).id("contract-settings-threshold").getValue())
                .isEqualByComparingTo("100000000");

        $(Checkbox.class).id("contract-settings-approval").setValue(false);
        test($(Button.class).id("contract-settings-save")).click();
        assertThat(contracts.approvalThreshold()).isNull();
        assertThat($(BigDecimalField.class).id("contract-settings-threshold").isEnabled()).isFalse();
    }

    @Test
    void anAdminSetsHowManyDaysAheadRenewalsAreRemindedWithinAYear() {
        actAs(DemoUser.TENANT_ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ContractSettingsView.class);
        IntegerField days = $(IntegerField.class).id("contract-settings-reminder-days");
        assertThat(days.getValue()).isEqualTo(reminders.reminderDays());

        days.setValue(400);
        test($(Button.class).id("contract-settings-reminder-save")).click();
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Remind between 1 and 365 days ahead.");

        days.setValue(45);
        test($(Button.class).id("contract-settings-reminder-save")).click();
        assertThat(days.isInvalid()).isFalse();
        assertThat(reminders.reminderDays()).isEqualTo(45);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffDoNotSeeTheSettings() {
        actAs(DemoUser.STAFF);
        navigate("admin/contract-settings", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
