package io.klien.identity.internal;

import io.klien.identity.IdentityDirectory;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.OAuth2Constants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Keycloak directory, when an issuer is configured (the backend's own tests run without one). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.security.oauth2.client.provider.keycloak.issuer-uri")
class IdentityDirectoryConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuer,
            @Value("${klien.identity.admin.client-id:klien-provisioning}") String clientId,
            @Value("${klien.identity.admin.client-secret:}") String clientSecret) {
        int realms = issuer.indexOf("/realms/");
        return KeycloakBuilder.builder()
                .serverUrl(issuer.substring(0, realms))
                .realm(issuer.substring(realms + "/realms/".length()).replaceAll("/$", ""))
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build();
    }

    @Bean
    IdentityDirectory identityDirectory(Keycloak keycloakAdmin,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.client.registration.keycloak.client-id:klien-app}") String appClientId) {
        String realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length()).replaceAll("/$", "");
        return new KeycloakDirectory(keycloakAdmin, realm, appClientId);
    }
}
