package io.klien.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.shared.DomainException;
import io.klien.testimonials.AskRules;
import io.klien.testimonials.TestimonialRequests;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.forms.Forms;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Tenant admins set when the firm asks its clients' contacts for a testimonial: the rules every ask keeps (days
 * between two asks to a contact, the lowest last rating that still allows one, how long a single-use link works)
 * and which moments ask automatically (an approved deliverable, a completed project, a renewed contract, some days
 * after onboarding).
 */
@Menu(title = "nav.testimonial-ask-rules", order = 148)
@Route(value = "admin/testimonial-asks", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class TestimonialAskRulesView extends VerticalLayout implements HasDynamicTitle {

    private final transient TestimonialRequests requests;
    private final Binder<RulesForm> binder = Forms.binder(RulesForm.class);

    public TestimonialAskRulesView(TestimonialRequests requests) {
        this.requests = requests;
        addClassName("klien-page");
        IntegerField cooldown = number("testimonial-asks-cooldown", "testimonial-ask-rules.cooldown", 0, 3650);
        IntegerField minimumRating = number("testimonial-asks-minimum-rating", "testimonial-ask-rules.minimum-rating",
                1, 5);
        IntegerField linkDays = number("testimonial-asks-link-days", "testimonial-ask-rules.link-days", 1, 90);
        IntegerField onboardingDays = number("testimonial-asks-onboarding-days",
                "testimonial-ask-rules.onboarding-days", 1, 365);
        Checkbox onApproval = toggle("testimonial-asks-on-approval", "testimonial-ask-rules.on-approval");
        Checkbox onProject = toggle("testimonial-asks-on-project", "testimonial-ask-rules.on-project-completed");
        Checkbox onRenewal = toggle("testimonial-asks-on-renewal", "testimonial-ask-rules.on-contract-renewed");
        Checkbox afterOnboarding = toggle("testimonial-asks-after-onboarding",
                "testimonial-ask-rules.after-onboarding");
        afterOnboarding.addValueChangeListener(change -> onboardingDays.setEnabled(change.getValue()));

        bind(cooldown, 0, 3650, "cooldownDays");
        bind(minimumRating, 1, 5, "minimumRating");
        bind(linkDays, 1, 90, "linkValidDays");
        bind(onboardingDays, 1, 365, "daysAfterOnboarding");
        binder.forField(onApproval).bind("askOnApproval");
        binder.forField(onProject).bind("askOnProjectCompleted");
        binder.forField(onRenewal).bind("askOnContractRenewed");
        binder.forField(afterOnboarding).bind("askAfterOnboarding");
        binder.readBean(RulesForm.of(requests.rules()));
        onboardingDays.setEnabled(afterOnboarding.getValue());

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("testimonial-asks-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph intro = new Paragraph(getTranslation("testimonial-ask-rules.intro"));
        intro.addClassName("klien-muted");
        Div limits = new Div(new H3(getTranslation("testimonial-ask-rules.limits.title")), intro,
                new FormLayout(cooldown, minimumRating, linkDays));
        limits.addClassName("klien-card");
        Paragraph who = new Paragraph(getTranslation("testimonial-ask-rules.triggers.intro"));
        who.addClassName("klien-muted");
        Div triggers = new Div(new H3(getTranslation("testimonial-ask-rules.triggers.title")), who,
                new VerticalLayout(onApproval, onProject, onRenewal, afterOnboarding, onboardingDays));
        triggers.addClassName("klien-card");
        add(limits, triggers, save);
    }

    private IntegerField number(String id, String label, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setHelperText(getTranslation("testimonial-ask-rules.between", min, max));
        field.setStepButtonsVisible(true);
        return field;
    }

    private Checkbox toggle(String id, String label) {
        Checkbox box = new Checkbox(getTranslation(label));
        box.setId(id);
        return box;
    }

    private void bind(IntegerField field, int min, int max, String property) {
        String outOfRange = getTranslation("testimonial-ask-rules.range", min, max);
        binder.forField(field).asRequired(outOfRange)
                .withValidator(new IntegerRangeValidator(outOfRange, min, max)).bind(property);
    }

    private void save() {
        RulesForm form = new RulesForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            binder.readBean(RulesForm.of(requests.changeRules(form.toRules())));
            Notices.success(getTranslation("testimonial-ask-rules.saved"));
        } catch (DomainException e) {
            FieldErrors.show(e, binder);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("testimonial-ask-rules.title");
    }

    /** What the form edits; property names follow {@link AskRules}, whose refusals name them. */
    public static class RulesForm {

        private int cooldownDays;
        private boolean askOnApproval;
        private int minimumRating;
        private int linkValidDays;
        private boolean askOnProjectCompleted;
        private boolean askOnContractRenewed;
        private boolean askAfterOnboarding;
        private int daysAfterOnboarding;

        static RulesForm of(AskRules rules) {
            RulesForm form = new RulesForm();
            form.cooldownDays = rules.cooldownDays();
            form.askOnApproval = rules.askOnApproval();
            form.minimumRating = rules.minimumRating();
            form.linkValidDays = rules.linkValidDays();
            form.askOnProjectCompleted = rules.askOnProjectCompleted();
            form.askOnContractRenewed = rules.askOnContractRenewed();
            form.askAfterOnboarding = rules.askAfterOnboarding();
            form.daysAfterOnboarding = rules.daysAfterOnboarding();
            return form;
        }

        AskRules toRules() {
            return new AskRules(cooldownDays, askOnApproval, minimumRating, linkValidDays, askOnProjectCompleted,
                    askOnContractRenewed, askAfterOnboarding, daysAfterOnboarding);
        }

        public int getCooldownDays() {
            return cooldownDays;
        }

        public void setCooldownDays(int cooldownDays) {
            this.cooldownDays = cooldownDays;
        }

        public boolean isAskOnApproval() {
            return askOnApproval;
        }

        public void setAskOnApproval(boolean askOnApproval) {
            this.askOnApproval = askOnApproval;
        }

        public int getMinimumRating() {
            return minimumRating;
        }

        public void setMinimumRating(int minimumRating) {
            this.minimumRating = minimumRating;
        }

        public int getLinkValidDays() {
            return linkValidDays;
        }

        public void setLinkValidDays(int linkValidDays) {
            this.linkValidDays = linkValidDays;
        }

        public boolean isAskOnProjectCompleted() {
            return askOnProjectCompleted;
        }

        public void setAskOnProjectCompleted(boolean askOnProjectCompleted) {
            this.askOnProjectCompleted = askOnProjectCompleted;
        }

        public boolean isAskOnContractRenewed() {
            return askOnContractRenewed;
        }

        public void setAskOnContractRenewed(boolean askOnContractRenewed) {
            this.askOnContractRenewed = askOnContractRenewed;
        }

        public boolean isAskAfterOnboarding() {
            return askAfterOnboarding;
        }

        public void setAskAfterOnboarding(boolean askAfterOnboarding) {
            this.askAfterOnboarding = askAfterOnboarding;
        }

        public int getDaysAfterOnboarding() {
            return daysAfterOnboarding;
        }

        public void setDaysAfterOnboarding(int daysAfterOnboarding) {
            this.daysAfterOnboarding = daysAfterOnboarding;
        }
    }
}
