package io.klien.localservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaughtMailboxTests {

    private GreenMail greenMail;
    private CaughtMailbox mailbox;

    @BeforeEach
    void catcher() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        mailbox = new CaughtMailbox(greenMail);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aCaughtMailIsListedWithItsLinksAndCanBeAwaited() {
        Instant before = Instant.now().minusSeconds(1);
        GreenMailUtil.sendTextEmail("lena@hartono-law.test", "no-reply@klien.test", "You are invited",
                "Accept: http://localhost:8080/invitation/abc/def", greenMail.getSmtp().getServerSetup());

        CaughtMail mail = mailbox.awaitMailTo("LENA@hartono-law.test", before, Duration.ofSeconds(5));

        assertThat(mail.subject()).isEqualTo("You are invited");
        assertThat(mail.links()).containsExactly("http://localhost:8080/invitation/abc/def");
        assertThat(mailbox.all()).hasSize(1);
        assertThat(mailbox.to("rudi@hartono-law.test")).isEmpty();
    }

    @Test
    void waitingForAMailThatNeverComesEndsWithAClearMessage() {
        assertThatThrownBy(() -> mailbox.awaitMailTo("nobody@klien.test", Instant.now(), Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No mail to nobody@klien.test");
    }
}
