package io.klien.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Shows a readable page instead of sending the browser to a Keycloak that does not answer. */
class IdentityProviderAvailabilityFilter extends OncePerRequestFilter {

    private final IdentityProviderAvailability identityProvider;

    IdentityProviderAvailabilityFilter(IdentityProviderAvailability identityProvider) {
        this.identityProvider = identityProvider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityProvider.isAvailable()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE + "?unavailable");
        }
    }
}
