package io.klien.notifications;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Builds real MIME messages and keeps them instead of talking SMTP; can be told to fail like a server that is down. */
public class CapturingMailSender extends JavaMailSenderImpl {

    /** A caught email, read from its MIME message. */
    public record Sent(String from, String to, String subject, String body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean failing;

    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        if (failing) {
            throw new MailSendException("Connection refused (simulated)");
        }
        try {
            for (MimeMessage message : messages) {
                message.saveChanges();
                Sent mail = new Sent(((InternetAddress) message.getFrom()[0]).getAddress(),
                        ((InternetAddress) message.getAllRecipients()[0]).getAddress(), message.getSubject(),
                        String.valueOf(message.getContent()));
                synchronized (sent) {
                    sent.add(mail);
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new MailSendException("Unreadable message", e);
        }
    }

    /** The emails sent to an address, oldest first. */
    public List<Sent> sentTo(String address) {
        synchronized (sent) {
            return sent.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
        }
    }
}
