package io.klien.contracts.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails one-time signing codes once their request has committed; a failure leaves the publication incomplete, so the
 * mail is retried, and each code is mailed once.
 */
@Component
class SigningCodeMailer {

    private static final Logger log = LoggerFactory.getLogger(SigningCodeMailer.class);

    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final KeyEncryption encryption;
    private final String from;

    SigningCodeMailer(JavaMailSender mail, DeliveredEffects delivered, KeyEncryption encryption,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.mail = mail;
        this.delivered = delivered;
        this.encryption = encryption;
        this.from = from;
    }

    /** The mail of a code just issued, with the code encrypted under the configured key and bound to the code's row. */
    public SigningCodeDue due(UUID tenantId, SigningCode code, String plainCode, String email, String name,
            String contractTitle, String firmName, String languageTag, String timeZone) {
        byte[] encrypted = encryption.encrypt(plainCode.getBytes(StandardCharsets.US_ASCII), boundTo(code.id()));
        return new SigningCodeDue(tenantId, code.id(), email, name, contractTitle, firmName, languageTag, timeZone,
                code.expiresAt(), Base64.getEncoder().encodeToString(encrypted), encryption.keyId());
    }

    @ApplicationModuleListener(id = "contracts.signing-code-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(SigningCodeDue due) {
        if (delivered.deliverOnce("signing-code-mail:" + due.codeId(), () -> mail.send(message(due)))) {
            log.info("Signing code {} of firm {} mailed", due.codeId(), due.tenantId());
        }
    }

    SimpleMailMessage message(SigningCodeDue due) {
        String code = new String(encryption.decrypt(Base64.getDecoder().decode(due.encryptedCode()),
                boundTo(due.codeId()), due.keyEncryptionKeyId()), StandardCharsets.US_ASCII);
        Locale language = Locale.forLanguageTag(due.languageTag());
        SigningTexts texts = new SigningTexts(language);
        String until = new Formats(FirmLocality.of(due.timeZone(), due.languageTag()).zone(), language)
                .longDateTime(due.expiresAt());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(due.email());
        message.setSubject(texts.get("mail.code.subject", due.contractTitle()));
        message.setText(texts.get("mail.code.body", due.name(), due.contractTitle(), due.firmName(), code, until));
        return message;
    }

    private static byte[] boundTo(UUID codeId) {
        return ("signing-code:" + codeId).getBytes(StandardCharsets.US_ASCII);
    }
}
