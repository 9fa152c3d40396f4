package io.klien.ui.security;

import io.klien.identity.EndedSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Handles a verified back-channel logout token: records its session id for every replica, then ends the sessions
 * this replica holds for it right away.
 */
class BackChannelLogoutRecorder implements LogoutHandler {

    private final EndedSessions endedSessions;
    private final LogoutHandler localSessions;

    BackChannelLogoutRecorder(EndedSessions endedSessions, LogoutHandler localSessions) {
        this.endedSessions = endedSessions;
        this.localSessions = localSessions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token
                && token.getSessionId() != null) {
            endedSessions.recordEnded(token.getSessionId(), token.getSubject());
        }
        localSessions.logout(request, response, authentication);
    }
}
