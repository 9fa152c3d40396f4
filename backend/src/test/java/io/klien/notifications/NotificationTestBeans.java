package io.klien.notifications;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail server and a reminder source for the notification tests (one shared application context). */
@TestConfiguration(proxyBeanMethods = false)
public class NotificationTestBeans {

    @Bean
    CapturingMailSender mailSender() {
        return new CapturingMailSender();
    }

    @Bean
    RecordingReminderSource recordingReminderSource(JdbcTemplate jdbc) {
        return new RecordingReminderSource(jdbc);
    }
}
