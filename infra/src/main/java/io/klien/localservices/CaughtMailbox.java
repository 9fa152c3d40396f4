package io.klien.localservices;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what the local mail catcher received: the dev mail page and the tests look through this. */
public class CaughtMailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    private final GreenMail greenMail;

    CaughtMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** All caught mails, newest first. */
    public List<CaughtMail> all() {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<CaughtMail> mails = new ArrayList<>(messages.length);
        for (MimeMessage message : messages) {
            mails.add(read(message));
        }
        mails.sort(Comparator.comparing(CaughtMail::receivedAt).reversed());
        return mails;
    }

    /** Caught mails addressed to the given address, newest first. */
    public List<CaughtMail> to(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return all().stream().filter(m -> m.to().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    /** Waits for the newest mail to the address received at or after {@code notBefore}; tests read mail this way. */
    public CaughtMail awaitMailTo(String address, Instant notBefore, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<CaughtMail> mails = to(address).stream().filter(m -> !m.receivedAt().isBefore(notBefore)).toList();
            if (!mails.isEmpty()) {
                return mails.getFirst();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No mail to " + address + " arrived within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for mail to " + address, e);
            }
        }
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            String text = bodyText(message);
            Instant received = message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            Address[] from = message.getFrom();
            Address[] recipients = message.getAllRecipients();
            return new CaughtMail(
                    from == null || from.length == 0 ? "" : from[0].toString(),
                    recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList(),
                    message.getSubject() == null ? "" : message.getSubject(),
                    received, text, links(text));
        } catch (MessagingException | IOException e) {
            return new CaughtMail("", List.of(), "(unreadable message: " + e.getMessage() + ")", Instant.EPOCH, "", List.of());
        }
    }

    private static String bodyText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?s)<[^>]*href=\"([^\"]+)\"[^>]*>", " $1 ")
                    .replaceAll("(?s)<[^>]+>", " ").replace("&amp;", "&");
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain")) {
                    return String.valueOf(child.getContent());
                }
                if (html == null) {
                    html = bodyText(child);
                }
            }
            return html == null ? "" : html;
        }
        return GreenMailUtil.getBody(part);
    }

    static List<String> links(String text) {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group().replaceAll("[.,;)]+$", ""));
        }
        return List.copyOf(links);
    }
}
