package io.klien.projects.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SealedDocument;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.projects.AcceptanceCertificate;
import io.klien.projects.AcceptanceCertificates;
import io.klien.projects.VersionState;
import io.klien.projects.internal.AcceptanceCertificatePdf.Row;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmLocality;
import io.klien.shared.time.FirmTime;
import io.klien.shared.time.Formats;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AcceptanceCertificateService implements AcceptanceCertificates {

    /** Evidence times to the second, in the same style as the certificate's dates ("Dec 7, 2026, 7:02:48 AM"). */
    private static DateTimeFormatter toTheSecond(Locale language, java.time.ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(language)
                .withZone(zone);
    }

    private final ProjectService projectService;
    private final DeliverableRepository deliverables;
    private final DeliverableVersionRepository versions;
    private final Clients clients;
    private final Contracts contracts;
    private final ContractSeals seals;
    private final Documents documents;
    private final Memberships memberships;
    private final Tenants tenants;
    private final FirmTime time;

    AcceptanceCertificateService(ProjectService projectService, DeliverableRepository deliverables,
            DeliverableVersionRepository versions, Clients clients, Contracts contracts, ContractSeals seals,
            Documents documents, Memberships memberships, Tenants tenants, FirmTime time) {
        this.projectService = projectService;
        this.deliverables = deliverables;
        this.versions = versions;
        this.clients = clients;
        this.contracts = contracts;
        this.seals = seals;
        this.documents = documents;
        this.memberships = memberships;
        this.tenants = tenants;
        this.time = time;
    }

    /** Writes: sealing records the certificate under its verification code. */
    @Override
    @Transactional
    public AcceptanceCertificate certificate(UUID versionId) {
        DeliverableVersion version = versions.findById(versionId)
                .orElseThrow(() -> new DomainException("projects.version.not-found"));
        Deliverable deliverable = deliverables.findById(version.deliverableId()).orElseThrow();
        Project project;
        try {
            project = projectService.readable(deliverable.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.version.not-found");
        }
        Instant approvedAt = version.decidedAt();
        if (version.state() != VersionState.APPROVED || approvedAt == null) {
            throw new DomainException("projects.certificate.not-approved");
        }
        TenantView firm = tenants.find(project.tenantId()).orElseThrow();
        Locale language = Locale.forLanguageTag(firm.locale());
        ZoneId zone = FirmLocality.of(firm.timeZone(), firm.locale()).zone();
        Formats formats = new Formats(zone, language);
        ProjectTexts texts = new ProjectTexts(language);
        String client = clients.find(project.clientId()).map(ClientView::name).orElse("-");
        String approver = approver(version.decidedBy());
        ContractView contract = version.contractId() == null ? null : contracts.get(version.contractId());

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(texts.get("certificate.project"), List.of(project.title())));
        rows.add(new Row(texts.get("certificate.client"), List.of(client)));
        rows.add(new Row(texts.get("certificate.deliverable"), List.of(deliverable.title())));
        rows.add(new Row(texts.get("certificate.version"), List.of(String.valueOf(version.number()))));
        if (version.documentId() != null) {
            String filename = documents.find(version.documentId()).map(DocumentView::filename).orElse("-");
            rows.add(new Row(texts.get("certificate.file"), List.of(filename)));
        } else {
            rows.add(new Row(texts.get("certificate.link"), List.of(String.valueOf(version.linkUrl()))));
        }
        rows.add(new Row(texts.get("certificate.sha256"), List.of(version.sha256()), true));
        rows.add(new Row(texts.get("certificate.approved-by"), List.of(approver)));
        String atTheFirm = texts.get("certificate.approved-at.firm", toTheSecond(language, zone).format(approvedAt),
                zone.getId());
        // a firm that keeps UTC reads one line, not the same time twice
        rows.add(new Row(texts.get("certificate.approved-at"), zone.normalized().equals(ZoneOffset.UTC)
                ? List.of(atTheFirm)
                : List.of(atTheFirm, texts.get("certificate.approved-at.utc",
                        toTheSecond(language, ZoneOffset.UTC).format(approvedAt)))));
        if (version.decisionComment() != null) {
            rows.add(new Row(texts.get("certificate.comment"), List.of(version.decisionComment())));
        }
        rows.add(new Row(texts.get("certificate.contract"), List.of(contract == null
                ? texts.get("certificate.no-contract")
                : contract.signedAt() == null ? contract.title()
                : texts.get("certificate.contract.signed", contract.title(), formats.date(contract.signedAt())))));
        if (version.terms() != null) {
            rows.add(new Row(texts.get("certificate.terms"), terms(version.terms(), texts, formats)));
        }
        Instant issuedAt = time.now().truncatedTo(ChronoUnit.SECONDS);
        String title = texts.get("certificate.title");
        byte[] pdf = AcceptanceCertificatePdf.render(title,
                texts.get("certificate.introduction", firm.displayName()), rows,
                texts.get("certificate.closing", firm.displayName(),
                        toTheSecond(language, ZoneOffset.UTC).format(issuedAt)), issuedAt);
        String reason = title + " " + deliverable.title() + " v" + version.number();
        // The firm seals its own certificate; a client user who may read the approval asks the firm to, never holds
        // the right to seal an arbitrary document themselves.
        SealedDocument sealed = TenantContext.acting().clientUser()
                ? TenantContext.callIn(TenantContext.Scope.system(project.tenantId()),
                        () -> seals.sealDocument(pdf, reason))
                : seals.sealDocument(pdf, reason);
        return new AcceptanceCertificate(version.id(), texts.get("certificate.filename", slug(deliverable.title()),
                String.valueOf(version.number())), sealed.pdf(), sealed.sha256(), sealed.sealedAt());
    }

    private String approver(@Nullable String subject) {
        if (subject == null) {
            return "-";
        }
        return memberships.activeMembershipOf(subject).map(m -> m.displayName() + " <" + m.email() + ">")
                .orElse(subject);
    }

    private static List<String> terms(ContractTerms terms, ProjectTexts texts, Formats formats) {
        List<String> lines = new ArrayList<>();
        lines.add(terms.term().end() == null
                ? texts.get("certificate.terms.term-open", formats.date(terms.term().start()))
                : texts.get("certificate.terms.term", formats.date(terms.term().start()),
                        formats.date(terms.term().end())));
        lines.add(texts.get("certificate.terms.fee", texts.get("certificate.fee-model." + terms.fee().model().name()),
                terms.fee().amount() == null ? ""
                        : formats.money(terms.fee().amount().amount(), terms.fee().amount().currency())));
        if (!terms.scope().isEmpty()) {
            lines.add(texts.get("certificate.terms.scope",
                    terms.scope().stream().map(ScopeItem::title).collect(Collectors.joining("; "))));
        }
        for (Quota quota : terms.quotas()) {
            lines.add(texts.get("certificate.terms.quota", formats.number(quota.amount()),
                    texts.get("certificate.unit." + quota.unit().name()), texts.get("certificate.per." + quota.per().name()),
                    texts.get("certificate.overage." + quota.overage().name(), quota.overageRate() == null ? ""
                            : formats.money(quota.overageRate().amount(), quota.overageRate().currency()))));
        }
        return lines;
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "deliverable" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
