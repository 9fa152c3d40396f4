package io.klien.identity;

import java.util.Optional;

import io.klien.shared.permission.OpenOnPurpose;

/** Keeps the application's own record of everyone who signs in. */
public interface UserAccounts {

    /** Records a sign-in, creating the account the first time this subject signs in. */
    @OpenOnPurpose(reason = "Recorded at sign-in, before any firm is chosen")
    UserAccountView recordSignIn(SignIn signIn);

    /** The account of the given identity-provider subject, if that person has signed in before. */
    @OpenOnPurpose(reason = "A person's own account, read before any firm is chosen")
    Optional<UserAccountView> findBySubject(String subject);

    /** The language the person chose in the user menu ("en", "id"), if they chose one. */
    @OpenOnPurpose(reason = "A person's own language, read when a page opens, also before any firm is chosen")
    Optional<String> preferredLocale(String subject);

    /**
     * Remembers the language the person chose, for their next sign-in on any device. Only the languages Klien speaks
     * are accepted; someone who never signed in (no account yet) has nothing to remember it on.
     */
    @OpenOnPurpose(reason = "A person chooses their own language (the UI passes the signed-in person), also before any firm is chosen")
    void choosePreferredLocale(String subject, String languageTag);
}
