package io.klien.contracts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.klien.contracts.ContractSent;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatureRecorded;
import io.klien.contracts.SigningOrder;
import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.Formats;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells signatories that a contract awaits their signature: everyone at once when it is sent in parallel, else each
 * in turn as the one before signs. Client contacts get the link to the contract's signing page in the firm's portal,
 * the firm's signatory the link to its signing page in the workspace. Durable (the event registry retries until every
 * mail went out) and once per signatory.
 */
@Component
class SigningInvitationMailer {

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate readOnly;
    private final String from;
    private final String publicUrl;

    SigningInvitationMailer(ContractRepository contracts, ContractSignatoryRepository signatories, Tenants tenants,
            JavaMailSender mail, DeliveredEffects delivered, PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.readOnly = DeliveredEffects.readOnlyTransaction(transactionManager);
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /** One invitation: to whom, in which language, with which link. */
    record Invitation(UUID signatoryId, String address, String name, String title, String firmName, Locale language,
            String link, String expiresOn) {
    }

    @ApplicationModuleListener(id = "contracts.signing-invitation.sent", propagation = Propagation.NOT_SUPPORTED)
    void on(ContractSent sent) {
        invite(sent.tenantId(), sent.contractId());
    }

    @ApplicationModuleListener(id = "contracts.signing-invitation.turn", propagation = Propagation.NOT_SUPPORTED)
    void on(SignatureRecorded signed) {
        invite(signed.tenantId(), signed.contractId());
    }

    private void invite(UUID tenantId, UUID contractId) {
        List<Invitation> due = Objects.requireNonNull(TenantContext.callIn(Scope.system(tenantId),
                () -> readOnly.execute(status -> due(tenantId, contractId))));
        Map<String, Runnable> mails = new LinkedHashMap<>();
        for (Invitation invitation : due) {
            mails.put("signing-invitation:" + contractId + ":" + invitation.signatoryId(), () -> send(invitation));
        }
        delivered.deliverEachOnce(mails, "Signing invitation for contract " + contractId + " of firm " + tenantId);
    }

    /** Who may sign now: every pending signatory in parallel, the first pending one in sequence. */
    private List<Invitation> due(UUID tenantId, UUID contractId) {
        Contract contract = contracts.findById(contractId).orElse(null);
        if (contract == null || !contract.status().outForSignature()) {
            return List.of();
        }
        TenantView firm = tenants.find(tenantId).orElseThrow();
        Locale language = Locale.forLanguageTag(firm.locale());
        Formats dates = new Formats(FirmLocality.of(firm.timeZone(), firm.locale()).zone(), language);
        List<ContractSignatory> pending = signatories.findByContractIdOrderByPositionAsc(contract.id()).stream()
                .filter(s -> s.status() == SignatoryStatus.PENDING).toList();
        if (contract.signingOrder() == SigningOrder.SEQUENTIAL && !pending.isEmpty()) {
            pending = List.of(pending.getFirst());
        }
        List<Invitation> out = new ArrayList<>();
        for (ContractSignatory s : pending) {
            String email = s.toView().email();
            if (email == null || email.isBlank()) {
                continue;
            }
            String link = s.side() == SignatorySide.FIRM ? publicUrl + "/contracts/" + contract.id() + "/sign"
                    : publicUrl + "/portal/contracts/" + contract.id();
            out.add(new Invitation(s.id(), email.strip(), s.name(), contract.title(), firm.displayName(), language,
                    link, dates.date(contract.expiresOn())));
        }
        return out;
    }

    private void send(Invitation invitation) {
        SigningTexts texts = new SigningTexts(invitation.language());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.address());
        message.setSubject(texts.get("mail.invitation.subject", invitation.title(), invitation.firmName()));
        message.setText(texts.get("mail.invitation.body", invitation.name(), invitation.firmName(),
                invitation.title(), invitation.link(), invitation.expiresOn()));
        mail.send(message);
    }
}
