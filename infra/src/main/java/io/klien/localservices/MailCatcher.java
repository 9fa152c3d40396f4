package io.klien.localservices;

import java.net.BindException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/** The in-process SMTP catcher (GreenMail): one per JVM, shared by the app and Keycloak's realm SMTP settings. */
final class MailCatcher {

    private static final Log log = LogFactory.getLog(MailCatcher.class);
    private static @Nullable GreenMail greenMail;

    private MailCatcher() {
    }

    static synchronized GreenMail start(int smtpPort) {
        if (greenMail != null) {
            return greenMail;
        }
        if (LocalKeycloak.portInUse(smtpPort)) {
            throw new LocalServiceException("Port " + smtpPort + " for the local mail catcher is already in use.",
                    "Stop what listens on port " + smtpPort
                            + " (another Klien?) or set klien.local-services.mail.smtp-port to a free port.");
        }
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BindException) {
                throw new LocalServiceException("Port " + smtpPort + " for the local mail catcher is already in use.",
                        "Set klien.local-services.mail.smtp-port to a free port.", e);
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-catcher-stop"));
        log.info("Catching mail on smtp://127.0.0.1:" + smtpPort);
        greenMail = server;
        return server;
    }

    static synchronized @Nullable GreenMail running() {
        return greenMail;
    }
}
