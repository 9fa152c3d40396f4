package io.klien.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
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
                        body(message));
                synchronized (sent) {
                    sent.add(mail);
                }
            }
        } catch (MessagingException | IOException e) {
            throw new MailSendException("Unreadable message", e);
        }
    }

    /**
     * A plain message's text; of a multipart message, each part's content type, disposition and decoded text in
     * order (so a test can read an attached calendar invitation).
     */
    private static String body(MimeMessage message) throws MessagingException, IOException {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return String.valueOf(message.getContent());
        }
        StringBuilder out = new StringBuilder();
        appendParts(multipart, out);
        return out.toString();
    }

    private static void appendParts(Multipart multipart, StringBuilder out) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                appendParts(nested, out);
                continue;
            }
            out.append("--- ").append(part.getContentType()).append("; disposition=").append(part.getDisposition())
                    .append('\n');
            try (InputStream in = part.getInputStream()) {
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
    }

    /** The emails sent to an address, oldest first. */
    public List<Sent> sentTo(String address) {
        synchronized (sent) {
            return sent.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
        }
    }
}
