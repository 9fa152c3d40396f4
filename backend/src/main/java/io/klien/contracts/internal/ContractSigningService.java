package io.klien.contracts.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.klien.audit.AuditRequestContext;
import io.klien.audit.AuditRequestContext.RequestMetadata;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.contracts.ContractDocument;
import io.klien.contracts.ContractEvent;
import io.klien.contracts.ContractParty;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.ContractSigned;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.ContractView;
import io.klien.contracts.ContractVoided;
import io.klien.contracts.Contracts;
import io.klien.contracts.ElectronicDisclosure;
import io.klien.contracts.SealedContract;
import io.klien.contracts.Signatory;
import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SignatureMark;
import io.klien.contracts.SignatureRecorded;
import io.klien.contracts.SignatureRequest;
import io.klien.contracts.SignedContractFile;
import io.klien.contracts.SigningCeremony;
import io.klien.contracts.SigningEvent;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.SigningStep;
import io.klien.contracts.SigningStepRecorded;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContractSigningService implements ContractSigning {

    static final int MAX_DRAWN_SIDE = 2000;
    static final int TYPED_MAX = 200;
    static final int REASON_MAX = 1000;

    private final ContractRepository contracts;
    private final ContractSignatoryRepository signatories;
    private final SigningCodeRepository codes;
    private final SigningConsentRepository consents;
    private final ContractSignatureRepository signatures;
    private final SigningEvidenceRepository evidence;
    private final SignedContractPdfRepository signedPdfs;
    private final Contracts contractService;
    private final ContractSeals seals;
    private final SigningCodeMailer codeMail;
    private final Memberships memberships;
    private final Clients clients;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContractSigningService(ContractRepository contracts, ContractSignatoryRepository signatories,
            SigningCodeRepository codes, SigningConsentRepository consents, ContractSignatureRepository signatures,
            SigningEvidenceRepository evidence, SignedContractPdfRepository signedPdfs, Contracts contractService,
            ContractSeals seals, SigningCodeMailer codeMail, Memberships memberships, Clients clients, Tenants tenants,
            ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.signatories = signatories;
        this.codes = codes;
        this.consents = consents;
        this.signatures = signatures;
        this.evidence = evidence;
        this.signedPdfs = signedPdfs;
        this.contractService = contractService;
        this.seals = seals;
        this.codeMail = codeMail;
        this.memberships = memberships;
        this.clients = clients;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** The person who acts for a signatory row, as established by {@link #signer}. */
    private record Signer(ContractSignatory signatory, String subject) {
    }

    // ---- the portal's list ----

    @Override
    @Transactional(readOnly = true)
    public List<SignatureRequest> mine() {
        Scope scope = requireClientUser();
        MembershipView member = memberships.activeMembershipOf(Objects.requireNonNull(scope.subject())).orElse(null);
        if (member == null) {
            return List.of();
        }
        List<Contract> sent = contracts.findByClientIdAndSentAtIsNotNullOrderByCreatedAtDesc(scope.clientId())
                .stream().filter(c -> c.status().outForSignature() || c.toView(List.of()).signedAt() != null)
                .toList();
        if (sent.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContractSignatory>> byContract = new HashMap<>();
        signatories.findByContractIdInOrderByPositionAsc(sent.stream().map(Contract::id).toList())
                .forEach(s -> byContract.computeIfAbsent(s.contractId(), id -> new ArrayList<>()).add(s));
        LocalDate today = today();
        List<SignatureRequest> mine = new ArrayList<>();
        for (Contract contract : sent) {
            List<ContractSignatory> all = byContract.getOrDefault(contract.id(), List.of());
            for (ContractSignatory s : all) {
                if (s.side() == SignatorySide.CLIENT && isThePerson(s, scope, member)) {
                    mine.add(request(contract, all, s, today));
                }
            }
        }
        return mine;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignatureRequest> mine(UUID contractId) {
        Scope scope = requireClientUser();
        Contract contract = readable(contractId);
        MembershipView member = memberships.activeMembershipOf(Objects.requireNonNull(scope.subject())).orElse(null);
        List<ContractSignatory> all = signatoriesOf(contract);
        LocalDate today = today();
        return all.stream().filter(s -> s.side() == SignatorySide.CLIENT && isThePerson(s, scope, member))
                .findFirst().map(s -> request(contract, all, s, today));
    }

    private static Scope requireClientUser() {
        Scope scope = TenantContext.acting();
        if (!scope.clientUser() || scope.clientId() == null || scope.subject() == null) {
            throw new AccessDeniedException("Only a client user has contracts sent to them for signature");
        }
        return scope;
    }

    private static SignatureRequest request(Contract contract, List<ContractSignatory> all, ContractSignatory s,
            LocalDate today) {
        String ahead = contract.signingOrder() != SigningOrder.SEQUENTIAL ? null : all.stream()
                .filter(o -> o.position() < s.position() && o.status() != SignatoryStatus.SIGNED)
                .map(ContractSignatory::name).findFirst().orElse(null);
        boolean open = contract.status().outForSignature() && !contract.expiresOn().isBefore(today)
                && s.status() == SignatoryStatus.PENDING;
        ContractView view = contract.toView(List.of());
        return new SignatureRequest(contract.id(), contract.title(), contract.status(), s.id(), s.status(),
                open && ahead == null, open ? ahead : null, view.sentAt(), contract.expiresOn(), view.signedAt());
    }

    // ---- the signing page ----

    @Override
    public SigningCeremony open(UUID contractId, UUID signatoryId) {
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        record(contract, signer, SigningStep.VIEWED, null, true);
        return ceremony(contract, all, signer);
    }

    @Override
    @Transactional(readOnly = true)
    public ElectronicDisclosure disclosure(Locale language) {
        return new SigningTexts(language).disclosure();
    }

    @Override
    public SigningCeremony markRead(UUID contractId, UUID signatoryId) {
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        requirePending(contract, signer);
        record(contract, signer, SigningStep.READ, null, true);
        return ceremony(contract, all, signer);
    }

    @Override
    public SigningCeremony consent(UUID contractId, UUID signatoryId, int disclosureVersion) {
        int current = SigningTexts.disclosureVersion();
        if (disclosureVersion != current) {
            throw DomainException.onField("consent", "contracts.consent.outdated", current);
        }
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        Optional<SigningConsent> existing = consents.findBySubjectAndWithdrawnAtIsNull(signer.subject());
        if (existing.isPresent() && existing.get().disclosureVersion() == current) {
            // given before, for another contract: confirmed here, so this contract's certificate shows it
            record(contract, signer, SigningStep.CONSENTED, String.valueOf(current), true);
            return ceremony(contract, all, signer);
        }
        RequestMetadata request = request();
        Instant now = now();
        existing.ifPresent(old -> {
            old.withdraw(now, request.ip(), request.userAgent());
            consents.saveAndFlush(old);
        });
        consents.saveAndFlush(SigningConsent.given(signer.subject(), current, now, request.ip(), request.userAgent()));
        record(contract, signer, SigningStep.CONSENTED, String.valueOf(current), true);
        return ceremony(contract, all, signer);
    }

    @Override
    public SigningCeremony withdrawConsent(UUID contractId, UUID signatoryId) {
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        SigningConsent consent = consents.findBySubjectAndWithdrawnAtIsNull(signer.subject())
                .orElseThrow(() -> DomainException.onField("consent", "contracts.consent.none"));
        RequestMetadata request = request();
        consent.withdraw(now(), request.ip(), request.userAgent());
        consents.saveAndFlush(consent);
        record(contract, signer, SigningStep.CONSENT_WITHDRAWN, null, true);
        return ceremony(contract, all, signer);
    }

    @Override
    public SigningCeremony requestCode(UUID contractId, UUID signatoryId) {
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        requirePending(contract, signer);
        if (contract.expiresOn().isBefore(today())) {
            throw new DomainException("contracts.sign.expired", contract.expiresOn());
        }
        String email = signer.signatory().toView().email();
        if (email == null || email.isBlank()) {
            throw DomainException.onField("code", "contracts.code.no-email", signer.signatory().name());
        }
        Instant now = now();
        if (codes.countBySignatoryIdAndCreatedAtAfter(signer.signatory().id(), now.minus(Duration.ofHours(1)))
                >= CODES_PER_HOUR) {
            throw DomainException.onField("code", "contracts.code.too-many-requests", CODES_PER_HOUR);
        }
        String plain = "%06d".formatted(random.nextInt(1_000_000));
        SigningCode code = codes.saveAndFlush(SigningCode.issue(contract.id(), signer.signatory().id(),
                signer.subject(), plain, now));
        TenantView firm = firm();
        events.publishEvent(codeMail.due(tenant(), code, plain, email.strip(), signer.signatory().name(),
                contract.title(), firm.displayName(), firm.locale(), firm.timeZone()));
        record(contract, signer, SigningStep.CODE_SENT, masked(email.strip()), true);
        return ceremony(contract, all, signer);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = DomainException.class)
    public SigningCeremony verifyCode(UUID contractId, UUID signatoryId, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw DomainException.onField("code", "contracts.code.format");
        }
        Contract contract = readable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        SigningCode latest = codes.findFirstBySignatoryIdOrderByCreatedAtDesc(signer.signatory().id())
                .orElseThrow(() -> DomainException.onField("code", "contracts.code.none"));
        try {
            latest.verify(signer.subject(), code.strip(), now());
        } catch (DomainException refused) {
            codes.saveAndFlush(latest);
            record(contract, signer, SigningStep.CODE_FAILED, refused.messageKey(), true);
            throw refused;
        }
        codes.saveAndFlush(latest);
        record(contract, signer, SigningStep.CODE_VERIFIED, null, true);
        return ceremony(contract, all, signer);
    }

    // ---- signing and declining ----

    @Override
    public ContractView sign(UUID contractId, UUID signatoryId, SignatureMark mark) {
        String typed = mark == null ? null : typedName(mark.typedName());
        byte[] drawn = mark == null ? null : drawnSignature(mark.drawnPng());
        if ((typed == null) == (drawn == null)) {
            throw DomainException.onField("signature", "contracts.signature.one-mark");
        }
        // signatures of one contract take turns: the last one sees all the others and seals
        Contract contract = lockedReadable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        Instant now = now();
        requireReady(contract, signer, now);
        if (!evidence.existsByContractIdAndSignatoryIdAndKind(contract.id(), signer.signatory().id(),
                SigningStep.CONSENTED)) {
            // consented on another contract: the consent on file goes on this contract's certificate too
            record(contract, signer, SigningStep.CONSENTED, String.valueOf(SigningTexts.disclosureVersion()), true);
        }
        contract.sign(signer.signatory(), all, signer.subject(), today(), now);
        RequestMetadata request = request();
        signatures.saveAndFlush(ContractSignature.given(contract.id(), signer.signatory().id(), signer.subject(), typed,
                drawn, now, request.ip(), request.userAgent()));
        // the audit entry is SignatureRecorded's
        record(contract, signer, SigningStep.SIGNED, typed, false);
        publish(new SignatureRecorded(tenant(), contract.id(), contract.clientId(), signer.signatory().id(),
                signer.signatory().name(), signer.subject()));
        if (contract.status().inForce()) {
            publish(new ContractSigned(tenant(), contract.id(), contract.clientId(), contract.templateVersionId()));
            TenantContext.runIn(Scope.system(tenant()), () -> complete(contract, signatoriesOf(contract)));
        }
        return view(contract);
    }

    @Override
    public ContractView decline(UUID contractId, UUID signatoryId, String reason) {
        String clean = reason(reason);
        Contract contract = lockedReadable(contractId);
        List<ContractSignatory> all = signatoriesOf(contract);
        Signer signer = signer(all, signatoryId);
        contract.decline(signer.signatory(), clean);
        record(contract, signer, SigningStep.DECLINED, clean, true);
        publish(new ContractVoided(tenant(), contract.id(), contract.clientId(), "declined: " + clean, null));
        return view(contract);
    }

    // ---- the signed PDF ----

    @Override
    @Transactional(readOnly = true)
    public boolean sealed(UUID contractId) {
        return signedPdfs.existsByContractId(readable(contractId).id());
    }

    @Override
    public SignedContractFile signedPdf(UUID contractId) {
        Contract contract = readable(contractId);
        SignedContractPdf pdf = signedPdfs.findByContractId(contract.id())
                .orElseThrow(() -> new DomainException("contracts.signed-pdf.none"));
        Scope scope = TenantContext.acting();
        String subject = scope.subject();
        MembershipView member = subject == null ? null : memberships.activeMembershipOf(subject).orElse(null);
        UUID signatoryId = signatoriesOf(contract).stream().filter(s -> isThePerson(s, scope, member))
                .map(ContractSignatory::id).findFirst().orElse(null);
        RequestMetadata request = request();
        evidence.saveAndFlush(SigningEvidence.of(contract.id(), signatoryId, SigningStep.DOWNLOADED,
                member == null ? null : member.displayName(), subject, request.ip(), request.userAgent(), now(), null));
        publish(new SigningStepRecorded(tenant(), contract.id(), signatoryId, SigningStep.DOWNLOADED, null));
        return new SignedContractFile(contract.id(), SignedContractPdf.fileName(contract.title()), pdf.pdf(),
                pdf.verificationCode(), pdf.sealedSha256(), pdf.sealedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SigningEvent> trail(UUID contractId) {
        Contract contract = readable(contractId);
        return events(contract, new SigningTexts(Locale.forLanguageTag(firm().locale())));
    }

    // ---- completion ----

    /** Renders, seals and stores the fully signed contract, then mails it; runs as the system, once per contract. */
    private void complete(Contract contract, List<ContractSignatory> all) {
        if (signedPdfs.existsByContractId(contract.id())) {
            return;
        }
        TenantView firm = firm();
        Locale language = Locale.forLanguageTag(firm.locale());
        SigningTexts texts = new SigningTexts(language);
        String clientName = clients.find(contract.clientId()).map(ClientView::name).orElse("");
        Map<UUID, ContractSignature> given = new HashMap<>();
        signatures.findByContractId(contract.id()).forEach(s -> given.put(s.signatoryId(), s));
        List<Signatory> signed = new ArrayList<>();
        for (ContractSignatory s : all) {
            SignatoryView view = s.toView();
            ContractSignature signature = given.get(s.id());
            signed.add(new Signatory(s.name(), Objects.requireNonNullElse(view.email(), "-"),
                    s.side() == SignatorySide.CLIENT ? clientName : firm.displayName(),
                    signature != null ? signature.signedAt() : Objects.requireNonNull(view.signedAt()),
                    signature == null ? null : signature.ipAddress(), signature == null ? null : signature.userAgent(),
                    signature == null ? null : signature.drawnPng()));
        }
        ContractDocument document = new ContractDocument(contract.title(), firm.displayName(), language,
                ZoneId.of(firm.timeZone()), contractService.mergedBody(contract.id()),
                List.of(new ContractParty(firm.displayName(), texts.get("party.firm")),
                        new ContractParty(clientName, texts.get("party.client"))),
                signed, events(contract, texts));
        SealedContract sealed = seals.seal(document);
        signedPdfs.saveAndFlush(SignedContractPdf.of(contract.id(), sealed.sealId(), sealed.verificationCode(),
                sealed.sealedSha256(), sealed.sealedAt(), sealed.pdf()));
        evidence.saveAndFlush(SigningEvidence.of(contract.id(), null, SigningStep.COMPLETED, null, null, null, null,
                now(), sealed.verificationCode()));
        publish(new SigningStepRecorded(tenant(), contract.id(), null, SigningStep.COMPLETED,
                "code=" + sealed.verificationCode() + ", sha256=" + sealed.sealedSha256()));
        events.publishEvent(new SignedContractMailDue(tenant(), contract.id()));
    }

    /** "Sent", then every recorded step, as printed on the certificate page. */
    private List<SigningEvent> events(Contract contract, SigningTexts texts) {
        List<SigningEvent> trail = new ArrayList<>();
        Instant sent = contract.toView(List.of()).sentAt();
        if (sent != null) {
            trail.add(new SigningEvent(sent, texts.get("step.SENT"), null, null, null));
        }
        for (SigningEvidence e : evidence.findByContractIdOrderByAtAsc(contract.id())) {
            trail.add(new SigningEvent(e.at(), describe(e, texts), e.actor(), e.ipAddress(), e.userAgent()));
        }
        return trail;
    }

    private static String describe(SigningEvidence e, SigningTexts texts) {
        String detail = e.detail();
        return switch (e.kind()) {
            case SIGNED -> texts.step(SigningStep.SIGNED, detail == null ? texts.get("step.SIGNED.drawn")
                    : texts.get("step.SIGNED.typed", detail));
            case CONSENTED, CODE_SENT, DECLINED -> texts.step(e.kind(), detail == null ? "" : detail);
            default -> texts.step(e.kind());
        };
    }

    // ---- rules ----

    /**
     * The person signed in acts for the signatory row: a client user only for a contact of their own client whose
     * email address is their own; a member only as themselves. Nobody acts for a signatory without signing in.
     */
    private Signer signer(List<ContractSignatory> all, UUID signatoryId) {
        ContractSignatory signatory = all.stream().filter(s -> s.id().equals(signatoryId)).findFirst()
                .orElseThrow(() -> new DomainException("contracts.signatories.unknown"));
        Scope scope = TenantContext.acting();
        String subject = scope.subject();
        if (scope.system() || subject == null) {
            throw new AccessDeniedException("Only the signatory, signed in, takes part in signing");
        }
        ContractService.requireMaySignFor(scope, signatory);
        if (scope.clientUser()) {
            MembershipView member = memberships.activeMembershipOf(subject).orElse(null);
            if (!isThePerson(signatory, scope, member)) {
                throw new AccessDeniedException("A client user signs only as the signatory with their own email address");
            }
        }
        return new Signer(signatory, subject);
    }

    private static boolean isThePerson(ContractSignatory signatory, Scope scope, @Nullable MembershipView member) {
        if (signatory.side() == SignatorySide.FIRM) {
            return scope.subject() != null && scope.subject().equals(signatory.memberSubject());
        }
        String email = signatory.toView().email();
        return scope.clientUser() && member != null && email != null
                && member.email().strip().equalsIgnoreCase(email.strip());
    }

    private static void requirePending(Contract contract, Signer signer) {
        if (!contract.status().outForSignature()) {
            throw new DomainException(contract.status() == ContractStatus.VOIDED ? "contracts.sign.voided"
                    : "contracts.sign.not-sent");
        }
        if (signer.signatory().status() != SignatoryStatus.PENDING) {
            throw new DomainException("contracts.sign.already", signer.signatory().name());
        }
    }

    private void requireReady(Contract contract, Signer signer, Instant now) {
        requirePending(contract, signer);
        if (!evidence.existsByContractIdAndSignatoryIdAndKind(contract.id(), signer.signatory().id(),
                SigningStep.READ)) {
            throw new DomainException("contracts.sign.not-read");
        }
        int current = SigningTexts.disclosureVersion();
        if (consents.findBySubjectAndWithdrawnAtIsNull(signer.subject())
                .filter(c -> c.disclosureVersion() == current).isEmpty()) {
            throw DomainException.onField("consent", "contracts.sign.no-consent");
        }
        if (codes.findFirstBySignatoryIdOrderByCreatedAtDesc(signer.signatory().id())
                .filter(c -> c.verifiedWithin(signer.subject(), CODE_FRESH, now)).isEmpty()) {
            throw DomainException.onField("code", "contracts.sign.no-code");
        }
    }

    private SigningCeremony ceremony(Contract contract, List<ContractSignatory> all, Signer signer) {
        Instant now = now();
        int current = SigningTexts.disclosureVersion();
        Optional<SigningConsent> consent = consents.findBySubjectAndWithdrawnAtIsNull(signer.subject());
        boolean read = evidence.existsByContractIdAndSignatoryIdAndKind(contract.id(), signer.signatory().id(),
                SigningStep.READ);
        boolean codeVerified = codes.findFirstBySignatoryIdOrderByCreatedAtDesc(signer.signatory().id())
                .filter(c -> c.verifiedWithin(signer.subject(), CODE_FRESH, now)).isPresent();
        boolean pending = contract.status().outForSignature()
                && signer.signatory().status() == SignatoryStatus.PENDING;
        return new SigningCeremony(contract.toView(all), signer.signatory().id(), contractService.preview(contract.id()),
                new SigningTexts(Locale.forLanguageTag(firm().locale())).disclosure(),
                consent.filter(c -> c.disclosureVersion() == current).isPresent(),
                consent.map(SigningConsent::disclosureVersion).orElse(null), read, codeVerified, pending);
    }

    private static @Nullable String typedName(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        if (typed.isBlank()) {
            throw DomainException.onField("signature", "contracts.signature.typed.required");
        }
        if (typed.strip().length() > TYPED_MAX) {
            throw DomainException.onField("signature", "contracts.signature.typed.too-long", TYPED_MAX);
        }
        return typed.strip();
    }

    /** A drawn signature must be a real PNG that decodes, small in bytes and in size. */
    private static byte @Nullable [] drawnSignature(byte @Nullable [] png) {
        if (png == null) {
            return null;
        }
        if (png.length > MAX_DRAWN_BYTES) {
            throw DomainException.onField("signature", "contracts.signature.drawn.too-large", MAX_DRAWN_BYTES / 1024);
        }
        boolean magic = png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G'
                && png[4] == 0x0d && png[5] == 0x0a && png[6] == 0x1a && png[7] == 0x0a;
        try {
            var image = magic ? ImageIO.read(new ByteArrayInputStream(png)) : null;
            if (image == null || image.getWidth() > MAX_DRAWN_SIDE || image.getHeight() > MAX_DRAWN_SIDE) {
                throw DomainException.onField("signature", "contracts.signature.drawn.invalid");
            }
        } catch (IOException e) {
            throw DomainException.onField("signature", "contracts.signature.drawn.invalid");
        }
        return png.clone();
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "contracts.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw DomainException.onField("reason", "contracts.reason.too-long", REASON_MAX);
        }
        return reason.strip();
    }

    /** "b***@maju.test": enough for the person to recognise their address on the certificate. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    // ---- helpers ----

    private void record(Contract contract, Signer signer, SigningStep step, @Nullable String detail, boolean audit) {
        RequestMetadata request = request();
        evidence.saveAndFlush(SigningEvidence.of(contract.id(), signer.signatory().id(), step,
                signer.signatory().name(), signer.subject(), request.ip(), request.userAgent(), now(), detail));
        if (audit) {
            publish(new SigningStepRecorded(tenant(), contract.id(), signer.signatory().id(), step,
                    step == SigningStep.CODE_SENT || step == SigningStep.DECLINED
                            || step == SigningStep.CODE_FAILED || step == SigningStep.CONSENTED ? detail : null));
        }
    }

    private static RequestMetadata request() {
        return AuditRequestContext.current().orElse(new RequestMetadata(null, null, null));
    }

    private Contract readable(UUID contractId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        ContractService.requireVisible(contract);
        return contract;
    }

    private Contract lockedReadable(UUID contractId) {
        Contract contract = contracts.findForUpdate(contractId)
                .orElseThrow(() -> new DomainException("contracts.not-found"));
        ContractService.requireVisible(contract);
        return contract;
    }

    private List<ContractSignatory> signatoriesOf(Contract contract) {
        return signatories.findByContractIdOrderByPositionAsc(contract.id());
    }

    private ContractView view(Contract contract) {
        contracts.flush();
        return contract.toView(signatoriesOf(contract));
    }

    private void publish(ContractEvent event) {
        contracts.flush();
        events.publishEvent(event);
    }

    private TenantView firm() {
        return tenants.find(tenant()).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(firm().timeZone())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID tenant() {
        return TenantContext.requireTenantId();
    }
}
