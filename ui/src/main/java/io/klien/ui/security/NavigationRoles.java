package io.klien.ui.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Vaadin's navigation access control, answering "has the person this role?" from the authentication at hand.
 *
 * <p>Vaadin's own answer looks its role-prefix holder up through a lookup that scans the class path with a
 * {@code ServiceLoader} on every navigation and again for every route of a menu: about 4% of the app's CPU under load
 * (benchmarks/README.md, "Capacity"). The answer is the same as Vaadin's (the request's {@code isUserInRole}, which
 * Spring Security answers from the same authentication with the {@code ROLE_} prefix); without an authentication
 * (a websocket push request) Vaadin's own way is used.
 */
@Configuration(proxyBeanMethods = false)
class NavigationRoles {

    static final String PREFIX = "ROLE_";

    /**
     * Puts {@link RolesFromAuthentication} in place of the navigation access control Vaadin's auto-configuration makes,
     * built by the same configurer from the same checkers (login view, enabled checkers and decision resolver as
     * configured); Vaadin offers no other way to change it.
     */
    @Bean
    static BeanPostProcessor navigationRolesFromAuthentication(ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean.getClass() != SpringNavigationAccessControl.class) {
                    return bean;
                }
                List<NavigationAccessChecker> all = checkers.orderedStream().toList();
                return configurer.getObject().build(RolesFromAuthentication::new, all);
            }
        };
    }

    /** The navigation access control whose role checks read the authentication's authorities. */
    static class RolesFromAuthentication extends SpringNavigationAccessControl {

        RolesFromAuthentication(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
            super(checkers, resolver);
        }

        @Override
        protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null) {
                return super.getRolesChecker(request);
            }
            Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toUnmodifiableSet());
            return role -> role != null && authorities.contains(role.startsWith(PREFIX) ? role : PREFIX + role);
        }
    }
}
