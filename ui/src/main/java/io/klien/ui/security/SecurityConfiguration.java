package io.klien.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.klien.identity.EndedSessions;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sign-in with Keycloak (OIDC authorization code with PKCE) and nothing else: Keycloak is the login page, sign-out
 * ends the Keycloak session too, and Keycloak's back-channel logout ends ours.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION;

    /**
     * Vaadin's bootstrap page has inline scripts and its client engine evaluates the JavaScript the server sends, and
     * its components set inline styles and use data: icons, so scripts and styles need 'unsafe-inline' (scripts also
     * 'unsafe-eval'). Everything else is locked to this origin, and no one may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'");

    /** Static files of the app itself, next to those Vaadin's configuration already serves to everyone. */
    static final String[] PUBLIC_STATIC_RESOURCES = {"/styles.css", "/assets/**", "/lumo/**"};

    /** Health and info for probes and load balancers, on the management port; nothing else of Actuator. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The public testimonial pages (io.klien.ui.wall): open to everyone, stateless (no session is read or created,
     * no sign-in redirect, no CSRF for these reads). Their controller writes each page's own Content-Security-Policy
     * (the widget alone may be framed), Cache-Control and ETag; Spring Security adds the other defaults
     * (X-Content-Type-Options, HSTS behind TLS).
     */
    @Bean
    @Order(2)
    SecurityFilterChain wallSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(WALL_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.disable()))
                .build();
    }

    static final String WALL_PATHS = "/wall/**";

    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            IdentityProviderAvailability identityProvider, EndedSessions endedSessions,
            OidcSessionRegistry oidcSessions) throws Exception {
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RealmRoleAuthoritiesMapper()))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/" + SignInProblemView.ROUTE)));
        http.oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(
                new BackChannelLogoutRecorder(endedSessions, new OidcBackChannelLogoutHandler(oidcSessions)))));
        http.addFilterAfter(new EndedSessionFilter(endedSessions), SecurityContextHolderFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new IdentityProviderAvailabilityFilter(identityProvider),
                OAuth2AuthorizationRequestRedirectFilter.class);
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin's pages are forwarded to its servlet and written in one go: headers written only "on commit"
                // never reached them, so they are written before the request goes on
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // the app's own stylesheet, theme and logo style pages that are open without signing in (the verification
        // page, sign-in problems, errors); they hold nothing of any firm
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_STATIC_RESOURCES).permitAll());
        // addresses that are no route reach Vaadin's router (and its not-found page) once signed in, instead of
        // Vaadin's default deny-all answering them with a bare 403; routes keep their own access checks
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}/")
                        .anyRequest(rule -> rule.authenticated()))
                .build();
    }

    /** Sessions a back-channel logout names are found here; shared with the sign-in that registers them. */
    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }

    /** After Spring Security: binds the active firm, confirmed against the membership table, to each request. */
    @Bean
    FilterRegistrationBean<ActiveTenantFilter> activeTenantFilter(ActiveFirm activeFirm) {
        FilterRegistrationBean<ActiveTenantFilter> registration = new FilterRegistrationBean<>(new ActiveTenantFilter(activeFirm));
        registration.setOrder(0);
        return registration;
    }

    private static OAuth2AuthorizationRequestResolver pkce(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
