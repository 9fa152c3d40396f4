package io.klien.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.klien.identity.IdentityDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a person is still a platform operator, asked of Keycloak rather than read from the token they signed in
 * with: a role taken away there takes effect at the person's next request (within a short cache, so a busy operator
 * does not cost a Keycloak call per click).
 */
@Component
class PlatformOperators {

    private static final Logger log = LoggerFactory.getLogger(PlatformOperators.class);

    private record Answer(boolean operator, Instant askedAt) {
    }

    private final IdentityDirectory directory;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    PlatformOperators(IdentityDirectory directory, Clock clock,
            @Value("${klien.security.operator-recheck:PT5S}") Duration cacheFor) {
        this.directory = directory;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    boolean isStillOperator(String subject) {
        Instant now = clock.instant();
        Answer cached = answers.get(subject);
        if (cached != null && cached.askedAt().plus(cacheFor).isAfter(now)) {
            return cached.operator();
        }
        boolean operator;
        try {
            operator = directory.hasRealmRole(subject, Roles.PLATFORM_ADMIN);
        } catch (RuntimeException unreachable) {
            // operator powers are not granted on an answer we could not get
            log.warn("Could not confirm {} as a platform operator with the identity provider", subject, unreachable);
            return false;
        }
        answers.put(subject, new Answer(operator, now));
        return operator;
    }
}
