package io.klien.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server (GreenMail, on a free port) that the signing tests' mails go to over SMTP. */
@TestConfiguration(proxyBeanMethods = false)
public class SigningMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @Bean
    Smtp mailSender(GreenMail greenMail) {
        Smtp sender = new Smtp();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }

    /** SMTP to GreenMail that can be told to fail like a server that is down, counting the refused sends. */
    public static class Smtp extends JavaMailSenderImpl {

        private volatile boolean down;
        private final AtomicInteger refused = new AtomicInteger();

        public void down(boolean down) {
            this.down = down;
        }

        int refused() {
            return refused.get();
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object @Nullable [] originals) throws MailException {
            if (down) {
                refused.incrementAndGet();
                throw new MailSendException("Connection refused (simulated)");
            }
            super.doSend(messages, originals);
        }
    }

    /** The mails GreenMail received for the address whose subject contains the words, oldest first. */
    public static List<MimeMessage> mailsTo(GreenMail greenMail, String address, String subjectContains) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            boolean forAddress = to != null && List.of(to).stream()
                    .anyMatch(a -> a.toString().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)));
            if (forAddress && message.getSubject() != null && message.getSubject().contains(subjectContains)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Waits until at least {@code count} such mails arrived and returns the newest. */
    public static MimeMessage await(GreenMail greenMail, String address, String subjectContains, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<MimeMessage> found = mailsTo(greenMail, address, subjectContains);
            if (found.size() >= count) {
                return found.get(count - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail #" + count + " '" + subjectContains + "' to " + address);
            }
            Thread.sleep(100);
        }
    }
}
