package io.klien.testimonials.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.contracts.Contracts;
import io.klien.identity.UserAccounts;
import io.klien.onboarding.OnboardingSummary;
import io.klien.onboarding.Onboardings;
import io.klien.projects.Projects;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.testimonials.AskTrigger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an ask mail says about the moment it came from (the project or contract by its title, the day an onboarding
 * completed) and the language it is written in, read from other modules as the system in the active firm.
 */
@Component
class AskOccasions {

    /** The languages the ask mail is written in. */
    static final Set<String> LANGUAGES = Set.of("en", "id");

    private final Projects projects;
    private final Contracts contracts;
    private final Onboardings onboardings;
    private final UserAccounts accounts;
    private final FirmTime time;

    AskOccasions(Projects projects, Contracts contracts, Onboardings onboardings, UserAccounts accounts,
            FirmTime time) {
        this.projects = projects;
        this.contracts = contracts;
        this.onboardings = onboardings;
        this.accounts = accounts;
        this.time = time;
    }

    /**
     * The language to ask in: the portal user's own choice in the user menu, when they made one; else the firm's
     * language (Klien keeps no language per client or contact).
     */
    String languageOf(@Nullable String portalSubject) {
        if (portalSubject != null) {
            Optional<String> chosen = accounts.preferredLocale(portalSubject).filter(LANGUAGES::contains);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return time.locality().locale().getLanguage();
    }

    /**
     * The title the mail names what the ask came from by (a project, the renewal contract; none needed for the other
     * triggers); empty when that record is gone, and the mail then says nothing about the moment.
     */
    Optional<String> titleOf(AskTrigger trigger, @Nullable UUID sourceId) {
        if (trigger != AskTrigger.PROJECT_COMPLETED && trigger != AskTrigger.CONTRACT_RENEWED) {
            return Optional.of("");
        }
        if (sourceId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(asSystem(() -> trigger == AskTrigger.PROJECT_COMPLETED
                    ? projects.get(sourceId).title() : contracts.get(sourceId).title()));
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }

    /** The day the client's onboarding completed in the firm's calendar; today when the onboarding does not say. */
    LocalDate onboardingCompletedOn(UUID clientId, UUID onboardingId) {
        return asSystem(() -> onboardings.forClient(clientId).stream()
                .filter(o -> o.id().equals(onboardingId)).map(OnboardingSummary::completedAt)
                .filter(java.util.Objects::nonNull).findFirst()
                .map(at -> LocalDate.ofInstant(at, time.zone())).orElseGet(time::today));
    }

    private static <T> T asSystem(Supplier<T> read) {
        return TenantContext.callIn(Scope.system(TenantContext.requireTenantId()), read);
    }
}
