package io.klien.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Navigation asks the person's roles from their authentication, not through Vaadin's class-path lookup. */
@SpringBootTest
class NavigationRolesTests {

    @Autowired NavigationAccessControl navigationAccessControl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAppsNavigationAccessControlAnswersRolesFromTheAuthentication() {
        assertThat(navigationAccessControl).isInstanceOf(NavigationRoles.RolesFromAuthentication.class);
        assertThat(navigationAccessControl.isEnabled()).as("configured as Vaadin's would be").isTrue();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("staff", "n/a", List.of(() -> "ROLE_STAFF", () -> "OIDC_USER")));

        Predicate<String> hasRole = ((NavigationRoles.RolesFromAuthentication) navigationAccessControl).getRolesChecker(null);

        assertThat(hasRole.test("STAFF")).isTrue();
        assertThat(hasRole.test("ROLE_STAFF")).isTrue();
        assertThat(hasRole.test("TENANT_ADMIN")).isFalse();
        assertThat(hasRole.test("CLIENT")).isFalse();
        assertThat(hasRole.test("OIDC_USER")).as("only roles, as isUserInRole answers").isFalse();
        assertThat(hasRole.test(null)).isFalse();
    }
}
