package io.klien.ui.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether Keycloak answers right now; asked before sending a browser there, remembered for a few seconds. */
@Component
public class IdentityProviderAvailability {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderAvailability.class);
    private static final Duration REMEMBER = Duration.ofSeconds(5);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile boolean available;

    IdentityProviderAvailability(@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuer,
            Clock clock) {
        this.discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    public boolean isAvailable() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(REMEMBER) > 0) {
            available = probe();
            checkedAt = now;
        }
        return available;
    }

    private boolean probe() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return true;
            }
            log.warn("Identity provider answered {} at {}", response.statusCode(), discovery);
        } catch (IOException e) {
            log.warn("Identity provider unreachable at {}: {}", discovery, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
