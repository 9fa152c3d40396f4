package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

/**
 * Upload limits hold on the server, not only in the browser: a signed-in person who sends far more than an upload
 * takes straight to its address is refused after little of it was read, whether the request declares its length or
 * streams it in chunks. What the client could send before the server answered bounds what the server read.
 */
class UploadLimitsJourneyTests extends BrowserJourney {

    private static final long MB = 1024 * 1024;
    /** Far beyond every upload limit (the logo's 256 KB, the CSV import's and the demo document request's 10 MB, the verification page's 20 MB). */
    private static final long SENT = 128 * MB;
    /**
     * What may be sent beyond what the server read before it answered: socket buffers, and the part of the rest that
     * the servlet container reads and discards (up to 2 MB) before it closes the connection.
     */
    private static final long MARGIN = 4 * MB;

    @Test
    void anOversizedLogoIsRefusedBeforeItsBodyIsRead() throws Exception {
        page.navigate(APP + "/admin/branding");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        String target = uploadTarget("#branding-logo-upload");

        Answer declared = send(target, "logo.png", "image/png", true);
        Answer chunked = send(target, "logo.png", "image/png", false);

        assertThat(declared.status()).isEqualTo(422);
        assertThat(declared.bytesSent()).as("a declared oversized body is refused unread").isLessThan(MARGIN);
        assertThat(chunked.status()).isEqualTo(422);
        assertThat(chunked.bytesSent()).as("an undeclared one as soon as it passes the limit")
                .isLessThan(256 * 1024 + MARGIN);
    }

    @Test
    void anOversizedClientImportIsRefusedBeforeItsBodyIsRead() throws Exception {
        page.navigate(APP + "/clients");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        page.locator("#clients-import").click();
        String target = uploadTarget("#clients-import-upload");

        Answer declared = send(target, "clients.csv", "text/csv", true);
        Answer chunked = send(target, "clients.csv", "text/csv", false);

        assertThat(declared.status()).isEqualTo(422);
        assertThat(declared.bytesSent()).as("a declared oversized body is refused unread").isLessThan(MARGIN);
        assertThat(chunked.status()).isEqualTo(422);
        assertThat(chunked.bytesSent()).as("an undeclared one as soon as it passes the limit")
                .isLessThan(10 * MB + MARGIN);
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeItsBodyIsRead() throws Exception {
        page.navigate(APP + "/");
        signInOnKeycloak("budi@maju-jaya.test", DEMO_PASSWORD);
        page.getByText("Hartono & Partners").click();
        // the demo onboarding (the law firm's template, which asks for documents), not one another test left behind
        page.locator("[id^=portal-onboarding-]", new Page.LocatorOptions().setHasText("New matter intake")).first().click();
        String target = uploadTarget("vaadin-upload[id$='-documents-upload']");

        Answer declared = send(target, "deed.pdf", "application/pdf", true);
        Answer chunked = send(target, "deed.pdf", "application/pdf", false);

        assertThat(declared.status()).isEqualTo(422);
        assertThat(declared.bytesSent()).as("a declared oversized body is refused unread").isLessThan(MARGIN);
        assertThat(chunked.status()).isEqualTo(422);
        assertThat(chunked.bytesSent()).as("an undeclared one as soon as it passes the limit")
                .isLessThan(10 * MB + MARGIN);
    }

    @Test
    void anOversizedPdfOnThePublicVerificationPageIsRefusedBeforeItsBodyIsRead() throws Exception {
        page.navigate(APP + "/verify");
        String target = uploadTarget("#verify-upload");

        Answer declared = send(target, "contract.pdf", "application/pdf", true);
        Answer chunked = send(target, "contract.pdf", "application/pdf", false);

        assertThat(onKeycloakLoginPage()).as("a visitor without an account").isFalse();
        assertThat(declared.status()).isEqualTo(422);
        assertThat(declared.bytesSent()).as("a declared oversized body is refused unread").isLessThan(MARGIN);
        assertThat(chunked.status()).isEqualTo(422);
        assertThat(chunked.bytesSent()).as("an undeclared one as soon as it passes the limit")
                .isLessThan(20 * MB + MARGIN);
    }

    private String uploadTarget(String selector) {
        page.locator(selector).waitFor();
        String target = page.locator(selector).getAttribute("target");
        assertThat(target).isNotBlank();
        return URI.create(APP + "/").resolve(target).toString();
    }

    record Answer(int status, long bytesSent) {
    }

    /**
     * Posts {@link #SENT} bytes of a file of an accepted type the way the upload component does (raw body, named in
     * X-Filename), with
     * the browser's session cookie, counting what could be sent until the server answered and closed.
     */
    private Answer send(String target, String filename, String contentType, boolean declareLength) throws Exception {
        URI uri = URI.create(target);
        String cookies = context.cookies(APP).stream().map((Cookie c) -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSendBufferSize(64 * 1024);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nCookie: " + cookies
                    + "\r\nContent-Type: " + contentType + "\r\nX-Filename: " + filename + "\r\n"
                    + (declareLength ? "Content-Length: " + SENT : "Transfer-Encoding: chunked") + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] block = new byte[16 * 1024];
                java.util.Arrays.fill(block, (byte) 'a');
                byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(pdf, 0, block, 0, pdf.length);
                String chunkHead = Integer.toHexString(block.length) + "\r\n";
                try {
                    while (sent.get() < SENT) {
                        if (!declareLength) {
                            out.write(chunkHead.getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(block);
                        if (!declareLength) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(block.length);
                    }
                    if (!declareLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server answered and closed the connection: what was sent so far is the measure
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            assertThat(statusLine).as("the server answered").isNotNull();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            socket.shutdownOutput();
            sending.get(60, TimeUnit.SECONDS);
            return new Answer(status, sent.get());
        }
    }
}
