package io.klien.ui.security;

import java.io.IOException;

import io.klien.audit.AuditRequestContext;
import io.klien.shared.tenant.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds who acts in which firm for the whole request, after Spring Security has established who it is. */
class ActiveTenantFilter extends OncePerRequestFilter {

    private final ActiveFirm activeFirm;

    ActiveTenantFilter(ActiveFirm activeFirm) {
        this.activeFirm = activeFirm;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isStaticResource(request);
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // uploads and downloads of views (/VAADIN/dynamic/...) act for the signed-in person, so they need the firm
        boolean staticResource = path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/dynamic/");
        return staticResource || path.startsWith("/assets/") || path.startsWith("/lumo/")
                || path.equals("/styles.css") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof OAuth2User)) {
            chain.doFilter(request, response);
            return;
        }
        String actorName = authentication.getPrincipal() instanceof OidcUser oidc ? CurrentUser.displayName(oidc) : null;
        try (TenantContext.Binding ignored = TenantContext.bind(activeFirm.scopeFor(session, authentication));
                AuditRequestContext.Binding audit = AuditRequestContext.bind(request.getRemoteAddr(),
                        request.getHeader("User-Agent"), actorName)) {
            chain.doFilter(request, response);
        }
    }
}
