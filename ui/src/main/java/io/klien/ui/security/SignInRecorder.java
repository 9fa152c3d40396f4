package io.klien.ui.security;

import io.klien.identity.SignIn;
import io.klien.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Keeps the app's own account of everyone who signs in through Keycloak. */
@Component
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final UserAccounts userAccounts;

    SignInRecorder(UserAccounts userAccounts) {
        this.userAccounts = userAccounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OidcUser oidc)) {
            return;
        }
        try {
            userAccounts.recordSignIn(new SignIn(oidc.getSubject(), oidc.getEmail(), CurrentUser.displayName(oidc)));
        } catch (DataAccessException e) {
            // The person is signed in all the same; the account catches up at the next sign-in.
            log.error("Could not record the sign-in of {}", oidc.getSubject(), e);
        }
    }
}
