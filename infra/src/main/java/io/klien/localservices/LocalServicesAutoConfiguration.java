package io.klien.localservices;

import com.icegreen.greenmail.util.GreenMail;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Exposes the local mail catcher to the application when local services run it. */
@AutoConfiguration
@ConditionalOnProperty(name = "klien.local-services.enabled", havingValue = "true")
class LocalServicesAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "klien.local-services.mail.enabled", havingValue = "true", matchIfMissing = true)
    CaughtMailbox caughtMailbox() {
        GreenMail running = MailCatcher.running();
        if (running == null) {
            throw new IllegalStateException("The mail catcher starts with the environment; it is not running");
        }
        return new CaughtMailbox(running);
    }
}
