package io.klien.ui.verification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.PublicSealCheck;
import io.klien.contracts.PublicVerification;
import io.klien.contracts.SealFinding;
import io.klien.contracts.SealRecord;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.ui.FirmFormats;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import org.jspecify.annotations.Nullable;

/**
 * The public verification page, open without signing in: upload a PDF or (on a firm's page) enter the code from its
 * certificate page, and learn whether it is an untouched Klien original. On {@code /verify/<firm>} it wears the firm's
 * name, colour and logo; a slug no active firm has shows the same neutral page as {@code /verify}. Nothing uploaded
 * is stored, and checks are limited per visit and address ({@link VerificationLimits}).
 */
@Route(VerificationView.ROUTE + "/:" + VerificationView.FIRM_PARAMETER + "?")
@AnonymousAllowed
public class VerificationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "verify";
    static final String FIRM_PARAMETER = "firmSlug";
    private static final String VISIT_KEY = VerificationView.class.getName() + ".visit";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    static final int MAX_MEGABYTES = ContractSeals.MAX_PDF_BYTES / (1024 * 1024);

    private final PublicVerification verification;
    private final Tenants tenants;
    private final FirmFormats formats;
    private final VerificationLimits limits;
    private final String visit;
    private final String address;
    private @Nullable TenantView firm;

    public VerificationView(PublicVerification verification, Tenants tenants, FirmFormats formats,
            VerificationLimits limits) {
        this.verification = verification;
        this.tenants = tenants;
        this.formats = formats;
        this.limits = limits;
        this.visit = visitOf(VaadinSession.getCurrent());
        VaadinRequest request = VaadinRequest.getCurrent();
        String remote = request == null ? null : request.getRemoteAddr();
        this.address = remote == null ? "unknown" : remote;
        addClassName("klien-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        firm = event.getRouteParameters().get(FIRM_PARAMETER).flatMap(tenants::findPublic).orElse(null);
        removeAll();
        build();
    }

    private void build() {
        Div card = new Div();
        card.addClassName("klien-card");
        Div result = new Div();
        result.setId("verify-result");
        result.addClassName("klien-verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        VerificationReport report = new VerificationReport(result, formats, tenants, firm);

        H1 title = new H1(getTranslation("verify.title"));
        title.setId("verify-title");
        Paragraph intro = new Paragraph(firm == null ? getTranslation("verify.intro")
                : getTranslation("verify.intro.firm", firm.displayName()));
        intro.setId("verify-intro");
        card.add(title, intro, new H2(getTranslation("verify.upload.title")), upload(report));
        TenantView pageFirm = firm;
        if (pageFirm != null) {
            card.add(new H2(getTranslation("verify.code.title")), codeEntry(pageFirm, report));
        } else {
            Paragraph elsewhere = new Paragraph(getTranslation("verify.code.elsewhere"));
            elsewhere.setId("verify-code-elsewhere");
            elsewhere.addClassName("klien-muted");
            card.add(elsewhere);
        }
        card.add(result);
        Paragraph privacy = new Paragraph(getTranslation("verify.privacy"));
        privacy.addClassName("klien-muted");
        privacy.setId("verify-privacy");
        add(header(), card, privacy);
    }

    private Component header() {
        Div brand;
        TenantView pageFirm = firm;
        if (pageFirm == null) {
            // the same view may have shown a firm's page before: back to Klien's own colours
            getElement().getStyle().remove("--klien-brand").remove("--lumo-primary-color")
                    .remove("--lumo-primary-text-color");
            brand = new Div(new Image("assets/klien.svg", ""), new Span("Klien"));
        } else {
            getElement().getStyle()
                    .set("--klien-brand", pageFirm.primaryColor())
                    .set("--lumo-primary-color", pageFirm.primaryColor())
                    .set("--lumo-primary-text-color", pageFirm.primaryColor());
            Component mark = TenantContext.callIn(Scope.visitor(pageFirm.id()), tenants::logo)
                    .<Component>map(logo -> new Image(logo.content(), pageFirm.displayName()))
                    .orElseGet(() -> new Span(pageFirm.displayName().substring(0, 1).toUpperCase()));
            mark.getElement().getClassList().add("klien-portal-mark");
            mark.setId("verify-logo");
            brand = new Div(mark, new Span(pageFirm.displayName()));
        }
        brand.setId("verify-brand");
        brand.addClassName("klien-brand");
        Div header = new Div(brand);
        header.addClassName("klien-verify-header");
        return header;
    }

    private Component upload(VerificationReport report) {
        Upload upload = new Upload(BoundedUpload.inMemory(ContractSeals.MAX_PDF_BYTES, (metadata, bytes) -> {
            // runs in the upload request; the page is updated under its lock
            String fileName = metadata.fileName();
            Runnable answer = answerTo(fileName, bytes, report);
            getUI().ifPresent(ui -> ui.access(answer::run));
        }, refused -> getUI().ifPresent(ui -> ui.access(() -> report.problem(refused))),
                "verify.too-large", MAX_MEGABYTES));
        upload.setId("verify-upload");
        upload.setAcceptedMimeTypes("application/pdf");
        upload.setAcceptedFileExtensions(".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ContractSeals.MAX_PDF_BYTES);
        upload.addFileRejectedListener(rejected -> report.problem(getTranslation("verify.rejected", MAX_MEGABYTES)));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return UploadTexts.withHint(upload, getTranslation("verify.upload.hint", MAX_MEGABYTES));
    }

    /** Checks the upload where it arrived and returns how the page shows the answer. */
    private Runnable answerTo(String fileName, byte[] pdf, VerificationReport report) {
        if (!looksLikePdf(pdf)) {
            return () -> report.problem(getTranslation("verify.not-pdf", fileName));
        }
        Optional<Duration> wait = limits.take(visit, address);
        if (wait.isPresent()) {
            return () -> report.problem(tooMany(wait.get()));
        }
        PublicSealCheck check = verification.verify(pdf);
        if (check.verification().finding() == SealFinding.NOT_A_PDF) {
            return () -> report.problem(getTranslation("verify.not-pdf", fileName));
        }
        return () -> report.pdf(fileName, check);
    }

    private Component codeEntry(TenantView pageFirm, VerificationReport report) {
        TextField code = new TextField(getTranslation("verify.code.label"));
        code.setId("verify-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.setMinWidth("15em");
        code.setClearButtonVisible(true);
        Button check = new Button(getTranslation("verify.code.check"), click -> {
            String entered = code.getValue().strip();
            if (entered.isEmpty()) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("verify.code.required"));
                return;
            }
            code.setInvalid(false);
            Optional<Duration> wait = limits.take(visit, address);
            if (wait.isPresent()) {
                report.problem(tooMany(wait.get()));
                return;
            }
            Optional<SealRecord> record = verification.lookUp(pageFirm.id(), entered);
            record.ifPresentOrElse(found -> report.code(pageFirm.id(), found),
                    () -> report.codeUnknown(pageFirm.displayName()));
        });
        check.setId("verify-code-check");
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(code, check);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("klien-verify-code");
        return row;
    }

    private String tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return getTranslation("verify.too-many", minutes);
    }

    static boolean looksLikePdf(byte[] content) {
        int end = Math.min(content.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(content, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    /** One key per browser session for the limits; not the session id, which changes on sign-in. */
    private static String visitOf(@Nullable VaadinSession session) {
        if (session == null) {
            return UUID.randomUUID().toString();
        }
        Object known = session.getAttribute(VISIT_KEY);
        if (known instanceof String key) {
            return key;
        }
        String key = UUID.randomUUID().toString();
        session.setAttribute(VISIT_KEY, key);
        return key;
    }

    @Override
    public String getPageTitle() {
        TenantView pageFirm = firm;
        return pageFirm == null ? getTranslation("verify.page-title")
                : getTranslation("verify.page-title.firm", pageFirm.displayName());
    }
}
