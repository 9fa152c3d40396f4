package io.klien.ui.projects;

import java.util.UUID;

import com.vaadin.flow.server.streams.DownloadHandler;
import io.klien.projects.AcceptanceCertificate;
import io.klien.projects.AcceptanceCertificates;

/** The acceptance certificate of an approved version as a download, rendered and sealed when it is asked for. */
final class CertificateDownload {

    private CertificateDownload() {
    }

    static DownloadHandler of(AcceptanceCertificates certificates, UUID versionId) {
        return event -> {
            AcceptanceCertificate certificate = certificates.certificate(versionId);
            event.setFileName(certificate.filename());
            event.setContentType("application/pdf");
            event.setContentLength(certificate.pdf().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getOutputStream().write(certificate.pdf());
        };
    }
}
