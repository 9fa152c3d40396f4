package io.klien.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractView;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SignatureMark;
import io.klien.contracts.SignedContractFile;
import io.klien.contracts.SigningCeremony;
import io.klien.contracts.SigningOrder;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The signing ceremony for one signatory, the same in the portal and in the workspace: the document, read to its end;
 * the electronic-business disclosure and its consent (withdrawable); a one-time code mailed at the moment of signing;
 * a typed name or a drawn signature; then Sign, or Decline with a reason. Every step goes through
 * {@link ContractSigning}, which keeps the evidence and refuses whatever is missing; the panel only shows what is still
 * needed and says why something was refused. When it cannot be signed (not this signatory's turn, voided, past its
 * deadline, signed or declined already), the panel says so instead of offering the steps.
 */
class SigningCeremonyPanel extends Div {

    static final String TYPED = "typed";
    static final String DRAWN = "drawn";

    private final ContractSigning signing;
    private final FirmFormats formats;
    private final UUID contractId;
    private final UUID signatoryId;
    private String html = "";
    private boolean codeSent;

    SigningCeremonyPanel(ContractSigning signing, FirmFormats formats, UUID contractId, UUID signatoryId) {
        this.signing = signing;
        this.formats = formats;
        this.contractId = contractId;
        this.signatoryId = signatoryId;
        setId("signing-ceremony");
        addClassName("klien-signing");
        show(signing.open(contractId, signatoryId));
    }

    // ---- drawing the state ----

    private void show(SigningCeremony ceremony) {
        html = ceremony.html();
        draw(ceremony.contract(), ceremony);
    }

    /** The contract as it now stands; without a ceremony (after signing or declining) only what happened. */
    private void draw(ContractView contract, @Nullable SigningCeremony ceremony) {
        removeAll();
        SignatoryView me = contract.signatories().stream().filter(s -> s.id().equals(signatoryId)).findFirst()
                .orElseThrow();
        String blocked = blocked(contract, me);
        boolean open = blocked == null && ceremony != null;
        add(header(contract, me, blocked));
        add(document(ceremony, open));
        if (open) {
            add(disclosure(ceremony), code(ceremony), signature(ceremony));
        }
    }

    private Div header(ContractView contract, SignatoryView me, @Nullable String blocked) {
        H2 title = new H2(contract.title());
        title.setId("signing-title");
        Span status = ContractsView.badge(contract.status(), getTranslation("contracts.status." + contract.status()
                .name()));
        status.setId("signing-contract-status");
        Span deadline = new Span(getTranslation("contracts.expires-on.is", formats.date(contract.expiresOn())));
        deadline.addClassName("klien-muted");
        deadline.setVisible(contract.status().outForSignature());
        Div facts = new Div(status, deadline);
        facts.addClassName("klien-signing-facts");
        Paragraph state = new Paragraph(blocked != null ? blocked : getTranslation("signing.ui.state.open"));
        state.setId("signing-state");
        state.addClassName(blocked != null && me.status() == SignatoryStatus.SIGNED ? "klien-signing-done"
                : blocked != null ? "klien-warning-text" : "klien-muted");
        Div header = new Div(title, facts, state);
        header.addClassName("klien-card");
        if (me.status() == SignatoryStatus.SIGNED || contract.status().inForce()) {
            if (signing.sealed(contractId)) {
                header.add(download());
            } else if (me.status() == SignatoryStatus.SIGNED) {
                header.add(muted(getTranslation("signing.ui.signed.waiting-for-others"), "signing-waiting"));
            }
        }
        return header;
    }

    /** Why this signatory cannot sign now, in words; null when they can. */
    private @Nullable String blocked(ContractView contract, SignatoryView me) {
        if (me.status() == SignatoryStatus.SIGNED) {
            return getTranslation("signing.ui.state.signed", formats.dateTime(me.signedAt()));
        }
        if (me.status() == SignatoryStatus.DECLINED) {
            return getTranslation("signing.ui.state.declined", me.declineReason() == null ? "" : me.declineReason());
        }
        if (contract.status() == ContractStatus.VOIDED) {
            return getTranslation("contracts.sign.voided");
        }
        if (contract.status() == ContractStatus.EXPIRED
                || (contract.status().outForSignature() && contract.expiresOn().isBefore(formats.today()))) {
            return getTranslation("contracts.sign.expired", formats.date(contract.expiresOn()));
        }
        if (!contract.status().outForSignature()) {
            return getTranslation("contracts.sign.not-sent");
        }
        if (contract.signingOrder() == SigningOrder.SEQUENTIAL) {
            String ahead = contract.signatories().stream()
                    .filter(s -> s.position() < me.position() && s.status() != SignatoryStatus.SIGNED)
                    .map(SignatoryView::name).findFirst().orElse(null);
            if (ahead != null) {
                return getTranslation("signing.ui.state.not-your-turn", ahead);
            }
        }
        return null;
    }

    private Anchor download() {
        return signedPdf(signing, contractId, getTranslation("signing.ui.download"), "signing-download");
    }

    /** A link to the sealed PDF; every download is recorded by the service when the file is fetched, not drawn. */
    static Anchor signedPdf(ContractSigning signing, UUID contractId, String text, String id) {
        DownloadHandler pdf = event -> {
            SignedContractFile file = signing.signedPdf(contractId);
            event.setFileName(file.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(file.pdf().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getOutputStream().write(file.pdf());
        };
        Anchor anchor = new Anchor(pdf, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.addClassName("klien-signing-download");
        return anchor;
    }

    // ---- 1. read the document ----

    private Div document(@Nullable SigningCeremony ceremony, boolean open) {
        SigningDocument text = new SigningDocument(html);
        Div card = new Div(new H3(getTranslation("signing.ui.document")), text);
        card.addClassName("klien-card");
        if (!open || ceremony == null) {
            return card;
        }
        if (ceremony.read()) {
            card.add(done(getTranslation("signing.ui.read.done"), "signing-read-done"));
            return card;
        }
        Button read = new Button(getTranslation("signing.ui.read"), click -> act(() -> signing.markRead(contractId,
                signatoryId), "signing.ui.read.noted"));
        read.setId("signing-read");
        read.setEnabled(false);
        Span hint = muted(getTranslation("signing.ui.read.hint"), "signing-read-hint");
        text.addReachedEndListener(end -> {
            read.setEnabled(true);
            read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            hint.setVisible(false);
        });
        Div row = new Div(read, hint);
        row.addClassName("klien-signing-row");
        card.add(row);
        return card;
    }

    // ---- 2. consent to doing business electronically ----

    private Div disclosure(SigningCeremony ceremony) {
        Div text = new Div();
        text.setId("signing-disclosure");
        text.addClassName("klien-signing-disclosure");
        for (String part : ceremony.disclosure().text().split("\\n\\s*\\n")) {
            text.add(new Paragraph(part.strip()));
        }
        Div card = new Div(new H3(ceremony.disclosure().title()), text);
        card.addClassName("klien-card");
        Integer earlier = ceremony.consentedVersion();
        if (!ceremony.consented() && earlier != null && earlier != ceremony.disclosure().version()) {
            card.add(muted(getTranslation("signing.ui.consent.changed", earlier), "signing-consent-changed"));
        }
        Checkbox consent = new Checkbox(getTranslation("signing.ui.consent", ceremony.disclosure().version()));
        consent.setId("signing-consent");
        consent.setValue(ceremony.consented());
        consent.setHelperText(getTranslation("signing.ui.consent.help"));
        consent.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            boolean done = Boolean.TRUE.equals(change.getValue())
                    ? act(() -> signing.consent(contractId, signatoryId, ceremony.disclosure().version()),
                            "signing.ui.consent.given")
                    : act(() -> signing.withdrawConsent(contractId, signatoryId), "signing.ui.consent.withdrawn");
            if (!done) {
                consent.setValue(change.getOldValue());
            }
        });
        card.add(consent);
        return card;
    }

    // ---- 3. confirm a mailed code ----

    private Div code(SigningCeremony ceremony) {
        Div card = new Div(new H3(getTranslation("signing.ui.code.title")));
        card.addClassName("klien-card");
        if (ceremony.codeVerified()) {
            card.add(done(getTranslation("signing.ui.code.done"), "signing-code-done"));
            return card;
        }
        card.add(muted(getTranslation("signing.ui.code.intro"), "signing-code-intro"));
        TextField code = new TextField(getTranslation("signing.ui.code"));
        code.setId("signing-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button verify = new Button(getTranslation("signing.ui.code.verify"), click -> {
            try {
                show(signing.verifyCode(contractId, signatoryId, code.getValue()));
                Notices.withId(Notices.success(getTranslation("signing.ui.code.verified")), "signing-notice");
            } catch (DomainException e) {
                FieldErrors.show(e, Map.of("code", code));
            }
        });
        verify.setId("signing-verify-code");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div entry = new Div(code, verify);
        entry.addClassName("klien-signing-row");
        entry.setVisible(codeSent);
        Button request = new Button(getTranslation(codeSent ? "signing.ui.code.resend" : "signing.ui.code.send"));
        request.setId("signing-request-code");
        request.setEnabled(ceremony.mayRequestCode());
        request.addClickListener(click -> {
            SigningCeremony after;
            try {
                after = signing.requestCode(contractId, signatoryId);
            } catch (DomainException e) {
                Notices.withId(Notices.refused(e), "signing-refused");
                reopen();
                return;
            }
            codeSent = true;
            show(after);
            Notices.withId(Notices.success(getTranslation("signing.ui.code.sent")), "signing-notice");
        });
        card.add(request, entry);
        return card;
    }

    // ---- 4. sign or decline ----

    private Div signature(SigningCeremony ceremony) {
        Div card = new Div(new H3(getTranslation("signing.ui.signature")));
        card.addClassName("klien-card");
        RadioButtonGroup<String> mode = new RadioButtonGroup<>(getTranslation("signing.ui.signature.how"));
        mode.setId("signing-mode");
        mode.setItems(TYPED, DRAWN);
        mode.setItemLabelGenerator(m -> getTranslation("signing.ui.signature." + m));
        mode.setValue(TYPED);
        TextField typed = new TextField(getTranslation("signing.ui.signature.typed-name"));
        typed.setId("signing-typed-name");
        typed.setWidthFull();
        typed.setMaxLength(200);
        SignaturePad pad = new SignaturePad();
        pad.setLabel(getTranslation("signing.ui.signature.pad"));
        Button clear = new Button(getTranslation("signing.ui.signature.clear"), click -> pad.clear());
        clear.setId("signing-pad-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span padError = new Span();
        padError.setId("signing-pad-error");
        padError.addClassName("klien-warning-text");
        padError.setVisible(false);
        Div drawn = new Div(pad, new Div(clear, padError));
        drawn.addClassName("klien-signing-pad");
        drawn.setVisible(false);
        mode.addValueChangeListener(change -> {
            typed.setVisible(TYPED.equals(change.getValue()));
            drawn.setVisible(DRAWN.equals(change.getValue()));
        });

        List<String> missing = new ArrayList<>();
        if (!ceremony.read()) {
            missing.add(getTranslation("signing.ui.missing.read"));
        }
        if (!ceremony.consented()) {
            missing.add(getTranslation("signing.ui.missing.consent"));
        }
        if (!ceremony.codeVerified()) {
            missing.add(getTranslation("signing.ui.missing.code"));
        }
        Button sign = new Button(getTranslation("signing.ui.sign"));
        sign.setId("signing-sign");
        sign.addClassName("klien-signing-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        sign.setEnabled(missing.isEmpty() && ceremony.mayRequestCode());
        sign.setDisableOnClick(true);
        sign.addClickListener(click -> {
            padError.setVisible(false);
            if (TYPED.equals(mode.getValue())) {
                signWith(SignatureMark.typed(typed.getValue()), typed, sign);
            } else {
                pad.png(png -> signWith(SignatureMark.drawn(png), typed, sign), () -> {
                    padError.setText(getTranslation("signing.ui.signature.draw-first"));
                    padError.setVisible(true);
                    sign.setEnabled(true);
                });
            }
        });
        card.add(mode, typed, drawn);
        if (!missing.isEmpty()) {
            card.add(muted(getTranslation("signing.ui.missing", String.join(", ", missing)), "signing-missing"));
        }
        Button decline = new Button(getTranslation("signing.ui.decline"), click -> declineDialog());
        decline.setId("signing-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(sign, decline);
        actions.addClassName("klien-signing-actions");
        card.add(muted(getTranslation("signing.ui.sign.meaning"), "signing-meaning"), actions);
        return card;
    }

    private void signWith(SignatureMark mark, TextField typed, Button sign) {
        ContractView signed;
        try {
            signed = signing.sign(contractId, signatoryId, mark);
        } catch (DomainException e) {
            sign.setEnabled(true);
            if (e.field().filter("signature"::equals).isPresent()) {
                if (mark.typedName() != null) {
                    FieldErrors.show(e, Map.of("signature", typed));
                } else {
                    Notices.withId(Notices.refused(e), "signing-refused");
                }
                return;
            }
            // something no longer holds (a code gone stale, someone declined): show the contract as it now is
            Notices.withId(Notices.refused(e), "signing-refused");
            reopen();
            return;
        }
        draw(signed, null);
        toTheTop();
        Notices.withId(Notices.success(getTranslation(signed.status().inForce() ? "signing.ui.signed.complete"
                : "signing.ui.signed", signed.title())), "signing-notice");
    }

    private void declineDialog() {
        Dialog dialog = new Dialog(getTranslation("signing.ui.decline.title"));
        dialog.setId("signing-decline-dialog");
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph explain = new Paragraph(getTranslation("signing.ui.decline.explain"));
        TextArea reason = new TextArea(getTranslation("contracts.reason"));
        reason.setId("signing-decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("signing.ui.decline.confirm"), click -> {
            try {
                ContractView declined = signing.decline(contractId, signatoryId, reason.getValue());
                dialog.close();
                draw(declined, null);
                toTheTop();
                Notices.withId(Notices.success(getTranslation("signing.ui.declined", declined.title())),
                        "signing-notice");
            } catch (DomainException e) {
                if (e.field().filter("reason"::equals).isPresent()) {
                    FieldErrors.show(e, Map.of("reason", reason));
                } else {
                    dialog.close();
                    Notices.withId(Notices.refused(e), "signing-refused");
                    reopen();
                }
            }
        });
        confirm.setId("signing-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("signing-decline-cancel");
        dialog.add(explain, reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // ---- helpers ----

    /**
     * Runs a ceremony step and shows the ceremony as it now is with the success text; a refusal shows why, draws the
     * ceremony afresh and gives false.
     */
    private boolean act(Supplier<SigningCeremony> step, String doneKey) {
        try {
            SigningCeremony after = step.get();
            show(after);
            Notices.withId(Notices.success(getTranslation(doneKey)), "signing-notice");
            return true;
        } catch (DomainException e) {
            Notices.withId(Notices.refused(e), "signing-refused");
            reopen();
            return false;
        }
    }

    /** After signing or declining, the outcome at the top of the panel is what the signatory reads next. */
    private void toTheTop() {
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private void reopen() {
        try {
            show(signing.open(contractId, signatoryId));
        } catch (DomainException ignored) {
            // the refusal already told the signatory what happened; the panel keeps what it showed
        }
    }

    private static Span muted(String text, String id) {
        Span span = new Span(text);
        span.setId(id);
        span.addClassName("klien-muted");
        span.addClassName("klien-signing-note");
        return span;
    }

    private static Component done(String text, String id) {
        Span span = new Span("✓ " + text);
        span.setId(id);
        span.addClassName("klien-signing-done");
        return span;
    }
}
