package io.klien.ui.security;

import java.io.IOException;

import io.klien.identity.EndedSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose Keycloak session was logged out, whichever replica received the back-channel logout: every
 * request of a signed-in session looks its {@code sid} up in the shared table before anything is authorized.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessionFilter.class);

    private final EndedSessions endedSessions;

    EndedSessionFilter(EndedSessions endedSessions) {
        this.endedSessions = endedSessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ActiveTenantFilter.isStaticResource(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                String sid = user.getIdToken().getClaimAsString("sid");
                if (sid != null && endedSessions.isEnded(sid)) {
                    log.info("Session of {} ended: its Keycloak session was logged out", user.getSubject());
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
