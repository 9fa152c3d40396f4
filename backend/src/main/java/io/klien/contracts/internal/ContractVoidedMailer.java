package io.klien.contracts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractVoided;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SigningOrder;
import io.klien.shared.events.DeliveredEffects;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
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
 * Tells the people a voided contract concerns that it can no longer be signed, and why (replaced by a new version,
 * withdrawn by the firm with its reason, or declined by a signatory with theirs), in the firm's language: every
 * signatory who was invited (all of them when it went out in parallel; in sequence those whose turn had come) and the
 * firm's signatories even before their turn. Durable (the event registry retries until every mail went out) and once
 * per signatory.
 */
@Component
class ContractVoidedMailer {

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final Tenants tenants;
    private final JavaMailSender mail;
    private final DeliveredEffects delivered;
    private final TransactionTemplate readOnly;
    private final String from;

    ContractVoidedMailer(ContractRepository contracts, ContractSignatoryRepository signatories, Tenants tenants,
            JavaMailSender mail, DeliveredEffects delivered, PlatformTransactionManager transactionManager,
            @Value("${klien.mail.from:no-reply@klien.test}") String from) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.tenants = tenants;
        this.mail = mail;
        this.delivered = delivered;
        this.readOnly = DeliveredEffects.readOnlyTransaction(transactionManager);
        this.from = from;
    }

    /** One notice: to whom, in which language, and the sentence saying why. */
    record VoidedNotice(UUID signatoryId, String address, String name, String title, String firmName,
            Locale language, String why) {
    }

    // the firm must be set before a transaction starts, so the listener opens its own
    @ApplicationModuleListener(id = "contracts.voided-mail", propagation = Propagation.NOT_SUPPORTED)
    void on(ContractVoided voided) {
        List<VoidedNotice> notices = Objects.requireNonNull(TenantContext.callIn(Scope.system(voided.tenantId()),
                () -> readOnly.execute(status -> notices(voided))));
        Map<String, Runnable> mails = new LinkedHashMap<>();
        for (VoidedNotice notice : notices) {
            mails.put("contract-voided-mail:" + voided.contractId() + ":" + notice.signatoryId(), () -> send(notice));
        }
        delivered.deliverEachOnce(mails, "Voided contract " + voided.contractId() + " of firm " + voided.tenantId());
    }

    private List<VoidedNotice> notices(ContractVoided voided) {
        Contract contract = contracts.findById(voided.contractId()).orElse(null);
        if (contract == null || contract.status() != ContractStatus.VOIDED || !contract.wasSent()) {
            return List.of();
        }
        TenantView firm = tenants.find(voided.tenantId()).orElseThrow();
        Locale language = Locale.forLanguageTag(firm.locale());
        SigningTexts texts = new SigningTexts(language);
        List<SignatoryView> all = signatories.findByContractIdOrderByPositionAsc(contract.id()).stream()
                .map(ContractSignatory::toView).toList();
        String why = why(voided, all, firm.displayName(), texts);
        List<VoidedNotice> out = new ArrayList<>();
        for (SignatoryView s : invited(contract.signingOrder(), all)) {
            if (s.email() != null && !s.email().isBlank()) {
                out.add(new VoidedNotice(s.id(), s.email().strip(), s.name(), contract.title(), firm.displayName(),
                        language, why));
            }
        }
        return out;
    }

    /**
     * Who was asked to sign: everyone in parallel; in sequence everyone up to the first still pending. The firm's
     * signatories are told in any case: the contract was theirs to sign too.
     */
    static List<SignatoryView> invited(SigningOrder order, List<SignatoryView> all) {
        List<SignatoryView> out = new ArrayList<>();
        boolean turnReached = false;
        for (SignatoryView s : all) {
            boolean asked = order == SigningOrder.PARALLEL || !turnReached;
            if (s.status() == SignatoryStatus.PENDING) {
                turnReached = true;
            }
            if (asked || s.side() == SignatorySide.FIRM) {
                out.add(s);
            }
        }
        return out;
    }

    private static String why(ContractVoided voided, List<SignatoryView> all, String firmName, SigningTexts texts) {
        if (voided.replacedBy() != null) {
            return texts.get("mail.voided.why.replaced", firmName);
        }
        SignatoryView decliner = all.stream().filter(s -> s.status() == SignatoryStatus.DECLINED).findFirst()
                .orElse(null);
        if (decliner != null) {
            return texts.get("mail.voided.why.declined", decliner.name(),
                    decliner.declineReason() == null ? "" : decliner.declineReason());
        }
        return texts.get("mail.voided.why.withdrawn", firmName, voided.reason());
    }

    private void send(VoidedNotice notice) {
        SigningTexts texts = new SigningTexts(notice.language());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.address());
        message.setSubject(texts.get("mail.voided.subject", notice.title()));
        message.setText(texts.get("mail.voided.body", notice.name(), notice.firmName(), notice.title(),
                notice.why()));
        mail.send(message);
    }
}
