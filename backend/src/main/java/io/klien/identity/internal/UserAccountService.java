package io.klien.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import io.klien.identity.SignIn;
import io.klien.identity.UserAccountSignedIn;
import io.klien.identity.UserAccountView;
import io.klien.identity.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UserAccountService implements UserAccounts {

    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "id");

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public UserAccountView recordSignIn(SignIn signIn) {
        if (signIn.subject().isBlank()) {
            throw new IllegalArgumentException("A sign-in needs the identity provider's subject");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        Optional<UserAccount> existing = accounts.findBySubject(signIn.subject());
        UserAccount account = existing.orElseGet(() -> UserAccount.firstSignIn(signIn.subject(), now));
        account.signedIn(signIn.email(), signIn.displayName(), now);
        UserAccount saved = accounts.save(account);
        events.publishEvent(new UserAccountSignedIn(saved.id(), saved.subject(), now, existing.isEmpty()));
        return saved.toView();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccountView> findBySubject(String subject) {
        return accounts.findBySubject(subject).map(UserAccount::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> preferredLocale(String subject) {
        return accounts.findBySubject(subject).map(UserAccount::locale);
    }

    @Override
    public void choosePreferredLocale(String subject, String languageTag) {
        if (!SUPPORTED_LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("Klien does not speak " + languageTag);
        }
        accounts.findBySubject(subject).ifPresent(account -> account.chooseLocale(languageTag));
    }
}
