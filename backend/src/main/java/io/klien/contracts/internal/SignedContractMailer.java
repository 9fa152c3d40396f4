package io.klien.contracts.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the sealed PDF to every signatory once the seal has committed, in the firm's language. A failure is retried
 * with the event's publication; each person gets it once.
 */
@Component
class SignedContractMailer {

    private final SignedContractPdfRepository pdfs;
    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate readOnly;
    private final String from;

    SignedContractMailer(SignedContractPdfRepository pdfs, ContractRepository contracts,
            ContractSignatoryRepository signatories, Tenants tenants, JavaMailSender mail, DeliveredEffects delivered,
            PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.pdfs = pdfs;
        this.contracts = contracts;
        this.signatories = signatories;
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.readOnly = DeliveredEffects.readOnlyTransaction(transactionManager);
        this.from = from;
    }

    /** The sealed file and who gets it (address to name). */
    record SignedMail(String title, String firmName, Locale language, String code, byte[] pdf,
            Map<String, String> recipients) {
    }

    // the firm must be set before a transaction starts, so the listener opens its own
    @ApplicationModuleListener(id = "contracts.signed-contract-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(SignedContractMailDue due) {
        SignedMail signed = Objects.requireNonNull(TenantContext.callIn(Scope.system(due.tenantId()),
                () -> readOnly.execute(status -> read(due))));
        Map<String, Runnable> mails = new LinkedHashMap<>();
        for (Map.Entry<String, String> recipient : signed.recipients().entrySet()) {
            mails.put("signed-contract-mail:" + due.contractId() + ":" + recipient.getKey(),
                    () -> send(signed, recipient.getKey(), recipient.getValue()));
        }
        delivered.deliverEachOnce(mails, "Signed contract " + due.contractId() + " of firm " + due.tenantId());
    }

    private void send(SignedMail signed, String address, String name) {
        try {
            SigningTexts texts = new SigningTexts(signed.language());
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(texts.get("mail.signed.subject", signed.title()));
            helper.setText(texts.get("mail.signed.body", name, signed.title(), signed.firmName(), signed.code()));
            helper.addAttachment(SignedContractPdf.fileName(signed.title()), new ByteArrayResource(signed.pdf()), "application/pdf");
            mail.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare the signed contract for " + address, e);
        }
    }

    private SignedMail read(SignedContractMailDue due) {
        SignedContractPdf pdf = pdfs.findByContractId(due.contractId()).orElseThrow();
        Contract contract = contracts.findById(due.contractId()).orElseThrow();
        TenantView firm = tenants.find(due.tenantId()).orElseThrow();
        Map<String, String> recipients = new LinkedHashMap<>();
        List<ContractSignatory> all = signatories.findByContractIdOrderByPositionAsc(contract.id());
        for (ContractSignatory s : all) {
            String email = s.toView().email();
            if (email != null && !email.isBlank()) {
                recipients.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), s.name());
            }
        }
        return new SignedMail(contract.title(), firm.displayName(), Locale.forLanguageTag(firm.locale()),
                pdf.verificationCode(), pdf.pdf(), recipients);
    }
}
