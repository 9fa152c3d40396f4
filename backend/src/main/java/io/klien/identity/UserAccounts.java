package io.klien.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import io.klien.identity.internal.UserAccount;
import io.klien.identity.internal.UserAccountRepository;
import io.klien.shared.permission.OpenOnPurpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the application's own record of everyone who signs in. */
@Service
@Transactional
public class UserAccounts {

    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "id");

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Records a sign-in, creating the account the first time this subject signs in. */
    @OpenOnPurpose(reason = "Recorded at sign-in, before any firm is chosen")
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

    /** The account of the given identity-provider subject, if that person has signed in before. */
    @Transactional(readOnly = true)
    @OpenOnPurpose(reason = "A person's own account, read before any firm is chosen")
    public Optional<UserAccountView> findBySubject(String subject) {
        return accounts.findBySubject(subject).map(UserAccount::toView);
    }

    /** The language the person chose in the user menu ("en", "id"), if they chose one. */
    @Transactional(readOnly = true)
    @OpenOnPurpose(reason = "A person's own language, read when a page opens, also before any firm is chosen")
    public Optional<String> preferredLocale(String subject) {
        return accounts.findBySubject(subject).map(UserAccount::locale);
    }

    /**
     * Remembers the language the person chose, for their next sign-in on any device. Only the languages Klien speaks
     * are accepted; someone who never signed in (no account yet) has nothing to remember it on.
     */
    @OpenOnPurpose(reason = "A person chooses their own language (the UI passes the signed-in person), also before any firm is chosen")
    public void choosePreferredLocale(String subject, String languageTag) {
        if (!SUPPORTED_LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("Klien does not speak " + languageTag);
        }
        accounts.findBySubject(subject).ifPresent(account -> account.chooseLocale(languageTag));
    }
}
