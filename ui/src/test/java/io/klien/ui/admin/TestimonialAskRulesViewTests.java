package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import io.klien.testimonials.AskRules;
import io.klien.testimonials.TestimonialRequests;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Lena, the administrator of Hartono &amp; Partners, sets when the firm asks its clients for testimonials. */
@SpringBootTest
class TestimonialAskRulesViewTests extends DemoFirmBrowserlessTest {

    @Autowired TestimonialRequests requests;

    AskRules before;

    @AfterEach
    void putTheRulesBack() {
        if (before != null) {
            requests.changeRules(before);
        }
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminSwitchesTriggersAndSetsTheDaysAndTheFirmAsksByTheNewRules() {
        actAs(DemoUser.TENANT_ADMIN);
        before = requests.rules();
        navigate(TestimonialAskRulesView.class);

        test($(IntegerField.class).id("testimonial-asks-cooldown")).setValue(30);
        test($(IntegerField.class).id("testimonial-asks-minimum-rating")).setValue(5);
        test($(IntegerField.class).id("testimonial-asks-link-days")).setValue(21);
        Checkbox onProject = $(Checkbox.class).id("testimonial-asks-on-project");
        test(onProject).click();
        test($(IntegerField.class).id("testimonial-asks-onboarding-days")).setValue(45);
        test($(Button.class).id("testimonial-asks-save")).click();

        AskRules saved = requests.rules();
        assertThat(saved.cooldownDays()).isEqualTo(30);
        assertThat(saved.minimumRating()).isEqualTo(5);
        assertThat(saved.linkValidDays()).isEqualTo(21);
        assertThat(saved.askOnProjectCompleted()).isEqualTo(!before.askOnProjectCompleted());
        assertThat(saved.askOnContractRenewed()).isEqualTo(before.askOnContractRenewed());
        assertThat(saved.daysAfterOnboarding()).isEqualTo(45);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("The testimonial ask rules are saved.");
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void aNumberOutOfRangeIsRefusedAtItsInputAndNothingIsSaved() {
        actAs(DemoUser.TENANT_ADMIN);
        before = requests.rules();
        navigate(TestimonialAskRulesView.class);

        IntegerField rating = $(IntegerField.class).id("testimonial-asks-minimum-rating");
        test(rating).setValue(7);
        test($(IntegerField.class).id("testimonial-asks-cooldown")).setValue(before.cooldownDays() + 1);
        test($(Button.class).id("testimonial-asks-save")).click();

        assertThat(rating.isInvalid()).isTrue();
        assertThat(rating.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 5.");
        assertThat(requests.rules()).as("nothing was saved").isEqualTo(before);
    }

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void theDaysAfterOnboardingCanOnlyBeSetWhileThatTriggerIsOn() {
        actAs(DemoUser.TENANT_ADMIN);
        before = requests.rules();
        navigate(TestimonialAskRulesView.class);
        Checkbox afterOnboarding = $(Checkbox.class).id("testimonial-asks-after-onboarding");
        IntegerField days = $(IntegerField.class).id("testimonial-asks-onboarding-days");

        if (!afterOnboarding.getValue()) {
            test(afterOnboarding).click();
        }
        assertThat(days.isEnabled()).isTrue();
        test(afterOnboarding).click();

        assertThat(days.isEnabled()).isFalse();
    }
}
